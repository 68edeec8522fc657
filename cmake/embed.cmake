# Turns a text file into a C string constant: cmake -DIN=file -DOUT=file.c -DNAME=symbol -P embed.cmake
file(READ "${IN}" hex HEX)
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," bytes "${hex}")
file(WRITE "${OUT}" "/* generated from ${IN}; do not edit */\nstatic const char data[] = {${bytes} 0x00};\nconst char *${NAME}(void);\nconst char *${NAME}(void) { return data; }\n")
