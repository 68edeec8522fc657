/* override.c — "path=value" split into an override (see override.h); compose.c applies them. */
#include "lvsim/override.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/yamldoc.h"

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
    out->whole_file = false;
    return 0;
}

int lv_override_from_file(const char *key, const char *path, char **owned, struct lv_override *out,
                          enum lv_language lang, char *why, size_t why_size)
{
    size_t length;
    *owned = lv__read_text(path, LV__MAX_FILE_BYTES, &length, lang, why, why_size);
    if (!*owned)
        return -1;
    if (memchr(*owned, '\0', length)) { /* the override's value ends at the first NUL: refuse, not cut */
        snprintf(why, why_size, "%s", lv_msg(LV_MSG_E_YAML_VALUE_NUL, lang));
        free(*owned);
        *owned = NULL;
        return -1;
    }
    *out = (struct lv_override){.path = key, .value = *owned, .text = path, .label = path, .whole_file = true};
    return 0;
}
