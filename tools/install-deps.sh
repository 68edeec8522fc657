#!/bin/sh
# install-deps.sh — installs what lvsim needs to build, test and fuzz on Debian 12 (run as root).
# The one list of packages: the README's commands and CI use it.
set -eu
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends \
    build-essential cmake pkg-config \
    libgsl-dev libglpk-dev libyaml-dev libcjson-dev libmicrohttpd-dev check \
    clang libclang-rt-14-dev parallel groff-base \
    chromium chromium-driver python3-selenium >/dev/null
