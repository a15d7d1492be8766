def eval_rpn(tokens: list[str]) -> int:
    """Evaluate a postfix expression of integers and + - * / (division truncates toward zero)."""
    pass
