"""Rule components of the spaCy pipeline. Importing this package registers their factories."""
