"""Build settings of the object model (the options objects/config.h reads)."""

def _string_setting_impl(ctx):
    allowed = ctx.attr.values
    if allowed and ctx.build_setting_value not in allowed:
        fail("%s must be one of %s, not '%s'" % (ctx.label, allowed, ctx.build_setting_value))
    return []

# A string option set on the command line (`--//objects:float=none`) or by a transition (a
# firmware target picking its board's options).
string_setting = rule(
    implementation = _string_setting_impl,
    build_setting = config.string(flag = True),
    attrs = {"values": attr.string_list(doc = "The values allowed, if any.")},
)
