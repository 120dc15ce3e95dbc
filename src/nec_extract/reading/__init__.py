"""Reading input: bytes from a file or standard input, decoded to the text every offset indexes."""
