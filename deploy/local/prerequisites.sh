# Shared by deploy/local/run and deploy/local/test: checks the machine and installs missing Debian/Ubuntu packages
# when run as root; otherwise says exactly what to install. Sourced, not run.

# require_packages COMMAND:PACKAGE ...
require_packages() {
    local missing=() pair
    for pair in "$@"; do
        command -v "${pair%%:*}" >/dev/null 2>&1 || [ -x "/usr/sbin/${pair%%:*}" ] || missing+=("${pair##*:}")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
        echo "[local] installing ${missing[*]}"
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    else
        echo "Missing: ${missing[*]}. Install them first, for example:" >&2
        echo "    sudo apt-get install ${missing[*]}" >&2
        exit 1
    fi
}

require_java_and_maven() {
    if ! command -v java >/dev/null 2>&1 || ! command -v mvn >/dev/null 2>&1; then
        echo "The portal needs JDK 17 and Maven 3.8 or later: sudo apt-get install openjdk-17-jdk-headless maven" >&2
        exit 1
    fi
    local version
    version=$(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
    if [ "${version%%.*}" -lt 17 ] 2>/dev/null; then
        echo "The portal needs Java 17 or later; this java is $version" >&2
        exit 1
    fi
}
