"""Scoring script for the example diabetes model, in the Azure ML entry-script form.

init() runs once when the server starts; run(raw_data) runs for every request. It uses only the
Python standard library, so it runs on any runner with no install step.
"""
import json
import os

model = None


def init():
    global model
    # AZUREML_MODEL_DIR is set by Azure ML, and by mlship's local target, to the model's folder.
    model_dir = os.environ["AZUREML_MODEL_DIR"]
    # A registered folder keeps its name under AZUREML_MODEL_DIR, on Azure and locally.
    with open(os.path.join(model_dir, "model", "diabetes-ridge.json"), encoding="utf-8") as handle:
        model = json.load(handle)
    print(f"loaded {model['kind']} with {len(model['features'])} features")


def run(raw_data):
    rows = json.loads(raw_data)["data"]
    width = len(model["features"])
    for index, row in enumerate(rows):
        if len(row) != width:
            return {"error": f"row {index} has {len(row)} values; expected {width}: {', '.join(model['features'])}"}
    predictions = [
        round(model["intercept"] + sum(c * x for c, x in zip(model["coefficients"], row)), 3) for row in rows
    ]
    return {"predictions": predictions}
