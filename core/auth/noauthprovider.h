#pragma once
// Kind "none": no Authorization header; ready at once.

#include "core/auth/tokenprovider.h"

namespace plateau {

class NoAuthProvider : public TokenProvider
{
    Q_OBJECT
public:
    explicit NoAuthProvider(const AuthRef &ref, QObject *parent = nullptr);

protected:
    void begin() override;
    void fetchToken() override {}
    bool canRefresh() const override { return false; }
};

} // namespace plateau
