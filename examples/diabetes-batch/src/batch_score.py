"""Batch scoring script for the example diabetes model, in the Azure ML batch form.

init() runs once in each worker process; run(mini_batch) gets a list of file paths (each a CSV of
patients, one row of ten features each) and returns one line per patient: file,row,prediction.
Each returned element is one successful item; with output_action append_row every element is
written to predictions.csv. Standard library only, so it runs on any runner with no install step.
"""
import csv
import json
import os

model = None


def init():
    global model
    # AZUREML_MODEL_DIR is the model's folder, on Azure and locally; a registered folder keeps its name.
    with open(os.path.join(os.environ["AZUREML_MODEL_DIR"], "model", "diabetes-ridge.json"), encoding="utf-8") as handle:
        model = json.load(handle)


def run(mini_batch):
    results = []
    for path in mini_batch:
        name = os.path.basename(path)
        with open(path, newline="", encoding="utf-8") as handle:
            for index, row in enumerate(csv.DictReader(handle)):
                values = [float(row[feature]) for feature in model["features"]]
                prediction = model["intercept"] + sum(c * x for c, x in zip(model["coefficients"], values))
                results.append(f"{name},{index},{prediction:.3f}")
    return results
