# Shared by scripts/run and scripts/test: installs missing Debian 12 packages with apt-get, as root
# or through sudo. Source it, then call `ensure_packages pkg...`.

ocpi_build_packages=(
    g++ cmake ninja-build pkg-config
    qt6-base-dev qt6-httpserver-dev qt6-websockets-dev libqt6sql6-sqlite libqt6sql6-psql
    qt6-tools-dev qt6-l10n-tools qt6-qpa-plugins
)

# What the tests run besides the build: bash and jq for the README walkthrough (tst_readmewalkthrough);
# for the deploy checks (tests/deploy): dpkg-dev (dpkg-shlibdeps, for CPack's Depends), systemd
# (systemd-analyze verify), strace (the unit's MemoryDenyWriteExecute), nginx-light and openssl
# (nginx -t on packaging/nginx/ocpi-node.conf); the PostgreSQL server binaries for the throwaway
# server the postgresql copies of the tests use (scripts/pg-throwaway; Debian's package also sets up a
# system cluster, which the tests never use).
ocpi_test_packages=(bash jq dpkg-dev systemd strace nginx-light openssl postgresql)

# clang with its sanitizer and libFuzzer runtimes, and llvm-symbolizer for readable reports.
ocpi_sanitizer_packages=(clang libclang-rt-14-dev llvm)

# ccache, when this machine has it, for every build of the project: paths are taken relative to the
# checkout, so another clone of the project reuses the cache. Sets ocpi_cmake_launcher for cmake.
ocpi_cmake_launcher=()
setup_ccache() {
    if command -v ccache >/dev/null 2>&1; then
        export CCACHE_BASEDIR="${CCACHE_BASEDIR:-$1}" CCACHE_NOHASHDIR="${CCACHE_NOHASHDIR:-true}"
        ocpi_cmake_launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    fi
}

# Configures the clang build with AddressSanitizer, UndefinedBehaviorSanitizer and the libFuzzer
# targets that scripts/test (its sanitizer pass) and scripts/fuzz share: one build for both.
configure_sanitize_build() {
    local root="$1" build="$2"
    setup_ccache "$root"
    CC=clang CXX=clang++ cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DOCPI_BUILD_GUI=ON -DOCPI_SANITIZE=address,undefined -DOCPI_FUZZ=ON "${ocpi_cmake_launcher[@]}" >/dev/null
}

# Sanitizer findings stop the program with a stack trace; leaks at exit count too.
export_sanitizer_options() {
    export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:detect_stack_use_after_return=1}"
    export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
    export LSAN_OPTIONS="${LSAN_OPTIONS:-suppressions=$1/scripts/lsan.supp:print_suppressions=0}"
}

ensure_packages() {
    local missing=()
    local pkg
    for pkg in "$@"; do
        if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$pkg")
        fi
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        if command -v sudo >/dev/null 2>&1; then
            sudo=(sudo)
        else
            echo "missing packages: ${missing[*]}; run as root or install sudo" >&2
            return 1
        fi
    fi
    echo "installing: ${missing[*]}"
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# Node.js and npm for the OpenAPI validator and Swagger UI (any packaging of them will do).
ensure_node() {
    if command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1; then
        return 0
    fi
    ensure_packages nodejs npm
}
