"""SynthGen: turn a sentence or a schema into a realistic, typed, reproducible dataset."""
