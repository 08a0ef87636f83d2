"""Trains the example model: ridge regression on scikit-learn's diabetes data set.

This runs once, elsewhere (it needs scikit-learn); its output, model/diabetes-ridge.json, is
committed so that scoring needs nothing but the Python standard library.
    python3 train.py
"""
import json
from pathlib import Path

from sklearn.datasets import load_diabetes
from sklearn.linear_model import Ridge
from sklearn.metrics import mean_squared_error, r2_score
from sklearn.model_selection import train_test_split

data = load_diabetes()
X_train, X_test, y_train, y_test = train_test_split(data.data, data.target, test_size=0.2, random_state=0)
model = Ridge(alpha=0.5).fit(X_train, y_train)
predictions = model.predict(X_test)

weights = {
    "kind": "ridge-regression",
    "features": list(data.feature_names),
    "coefficients": [round(float(c), 6) for c in model.coef_],
    "intercept": round(float(model.intercept_), 6),
    "alpha": 0.5,
    "metrics": {
        "test_mse": round(float(mean_squared_error(y_test, predictions)), 3),
        "test_r2": round(float(r2_score(y_test, predictions)), 4),
        "train_rows": len(X_train),
        "test_rows": len(X_test),
    },
    "trained_with": "scikit-learn load_diabetes (features mean-centred and scaled), random_state=0",
}
out = Path(__file__).parent / "model" / "diabetes-ridge.json"
out.write_text(json.dumps(weights, indent=2) + "\n")

sample = X_test[:2].round(6).tolist()
Path(__file__).parent.joinpath("sample-request.json").write_text(json.dumps({"data": sample}, indent=2) + "\n")
print(json.dumps(weights["metrics"]))
