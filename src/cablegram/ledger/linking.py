"""placeholder replaced below"""
def is_reference(d) -> bool:
    return str((d.get("reason") if isinstance(d, dict) else d.reason) or "").startswith("reference:")
