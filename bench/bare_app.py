"""The baseline: a bare Flask endpoint that reads a JSON body and answers JSON, nothing else."""

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.post("/v1/render")
def render():  # noqa: ANN201
    body = request.get_json()
    return jsonify({"ads": [], "echo": len(body)})
