#include "core/auth/noauthprovider.h"

namespace plateau {

NoAuthProvider::NoAuthProvider(const AuthRef &ref, QObject *parent) : TokenProvider(ref, nullptr, parent)
{}

void NoAuthProvider::begin()
{
    becomeReady();
}

} // namespace plateau
