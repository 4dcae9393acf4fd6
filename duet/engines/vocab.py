"""The loaded model's tokenizer, with the call shapes of ``llama_cpp.Llama``."""

from __future__ import annotations

from typing import Any


class Vocabulary:
    def __init__(self, model: Any) -> None:
        """``model``: a ``llama_cpp._internals.LlamaModel``."""
        import llama_cpp

        self._lib = llama_cpp
        self._model = model
        self.metadata: dict[str, str] = model.metadata()
        self._pieces: dict[int, bytes] = {}  # per-token bytes, looked up for every token
        self._eog: dict[int, bool] = {}

    def tokenize(self, text: bytes, add_bos: bool = True, special: bool = False) -> list[int]:
        return list(self._model.tokenize(text, add_bos, special))

    def detokenize(self, tokens: list[int], special: bool = False) -> bytes:
        return bytes(self._model.detokenize(tokens, special=special))

    def piece(self, token: int) -> bytes:
        """One token's bytes (special tokens as nothing), as ``detokenize([token])``."""
        piece = self._pieces.get(token)
        if piece is None:
            piece = self._pieces[token] = self.detokenize([token], special=False)
        return piece

    def n_vocab(self) -> int:
        return int(self._model.n_vocab())

    def token_bos(self) -> int:
        return int(self._model.token_bos())

    def token_eos(self) -> int:
        return int(self._model.token_eos())

    def token_text(self, token: int) -> str:
        return str(self._model.token_get_text(token))

    def is_eog(self, token: int) -> bool:
        eog = self._eog.get(token)
        if eog is None:
            eog = self._eog[token] = bool(self._lib.llama_vocab_is_eog(self._model.vocab, token))
        return eog
