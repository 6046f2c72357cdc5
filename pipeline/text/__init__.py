"""What every rule reads: normalisation, the text view, tokenizer exceptions, numbers, the phrase grammar, the cue index."""
