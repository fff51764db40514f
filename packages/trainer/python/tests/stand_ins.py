"""Stand-ins for a tokenizer, so the pure logic can be tested with torch alone."""

import json

BOS, EOS, PAD = 1, 2, 0


class CharTokenizer:
    """One id per character (its code point + 10), a BOS id when special tokens are asked for, EOS = 2.

    `apply_chat_template` joins `role: content` lines and writes calls as JSON, like a simple template.
    """

    eos_token_id = EOS
    pad_token_id = PAD

    def __call__(self, text, add_special_tokens=True):
        ids = [ord(character) + 10 for character in text.replace("<eos>", "")]
        if text.endswith("<eos>"):
            ids.append(EOS)
        return {"input_ids": ([BOS] if add_special_tokens else []) + ids}

    def apply_chat_template(self, messages, tokenize=False, add_generation_prompt=False, tools=None):
        text = "tools: %s\n" % json.dumps(tools) if tools else ""
        for message in messages:
            body = message.get("content") or ""
            if message.get("tool_calls"):
                body += json.dumps([call["function"] for call in message["tool_calls"]])
            text += "%s: %s<eos>\n" % (message["role"], body) if message["role"] == "assistant" else "%s: %s\n" % (message["role"], body)
        if add_generation_prompt:
            text += "assistant: "
        return text


class ReorderingTemplateTokenizer(CharTokenizer):
    """A template that puts something after the answer's start differently: the prompt is not a prefix."""

    def apply_chat_template(self, messages, tokenize=False, add_generation_prompt=False, tools=None):
        text = super().apply_chat_template(messages, tokenize, add_generation_prompt, tools)
        return text + "ASSISTANT NEXT" if add_generation_prompt else text
