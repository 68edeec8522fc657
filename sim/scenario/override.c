/* override.c — "path=value" split into an override (see override.h); compose.c applies them. */
#include "lvsim/override.h"

#include <string.h>

int lv_override_parse(const char *arg, char *buf, size_t n, struct lv_override *out)
{
    const char *eq = strchr(arg, '=');
    size_t len = strlen(arg);
    if (!eq || eq == arg || len + 1 > n)
        return -1;
    memcpy(buf, arg, len + 1);
    buf[eq - arg] = '\0';
    out->path = buf;
    out->value = buf + (eq - arg) + 1;
    out->text = arg;
    out->label = NULL;
    return 0;
}
