RESULTS = []
TOOLS = []
def R(tool, args, text, label, is_error=False):
    RESULTS.append({"tool": tool, "arguments": args, "text": text, "label": label, "isError": is_error})
def T(name, desc, props, label, required=None):
    schema = {"type": "object", "properties": props}
    if required: schema["required"] = required
    TOOLS.append({"name": name, "description": desc, "inputSchema": schema, "label": label})
