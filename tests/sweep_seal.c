/* sweep_seal.c — test helper: reads part-file records on stdin and writes them with a fresh
 * checksum, as lvsim would have written them, so tests can forge records whose damage only the
 * field checks catch. An independent FNV-1a 64 of the record's text without its "check" field. */
#include <stdio.h>
#include <string.h>

#define SUFFIX_LEN 28 /* ,"check":"0123456789abcdef"} */

int main(void)
{
    static char line[1 << 20];
    while (fgets(line, sizeof line, stdin)) {
        size_t len = strcspn(line, "\n");
        line[len] = '\0';
        char *tail = len >= SUFFIX_LEN ? line + len - SUFFIX_LEN : NULL;
        if (tail && strncmp(tail, ",\"check\":\"", 10) == 0) {
            strcpy(tail, "}");
            len = (size_t)(tail - line) + 1;
        }
        unsigned long long h = 0xcbf29ce484222325ULL;
        for (size_t i = 0; i < len; i++) {
            h ^= (unsigned char)line[i];
            h *= 0x100000001b3ULL;
        }
        printf("%.*s,\"check\":\"%016llx\"}\n", (int)(len - 1), line, h);
    }
    return 0;
}
