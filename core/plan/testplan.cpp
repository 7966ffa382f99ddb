#include "core/plan/testplan.h"

#include <algorithm>

namespace plateau {

bool Target::operator==(const Target &o) const
{
    return label == o.label && url == o.url && computeSize == o.computeSize && workers == o.workers &&
           headers == o.headers && authRef == o.authRef && enabled == o.enabled;
}

int LoadProfile::peakUsers() const
{
    switch (kind) {
    case ProfileKind::Burst:
        return burstUsers;
    case ProfileKind::Sustained:
        return sustainedUsers;
    case ProfileKind::ConstantRate:
    case ProfileKind::ArrivalRamp:
        return maxInFlight;
    case ProfileKind::Sweep:
        return sweepOn == SweepOn::Rate ? maxInFlight : maxUsers;
    case ProfileKind::StepRamp:
    case ProfileKind::LinearRamp:
        break;
    }
    return maxUsers;
}

bool LoadProfile::isOpenLoop() const
{
    return kind == ProfileKind::ConstantRate || kind == ProfileKind::ArrivalRamp ||
           (kind == ProfileKind::Sweep && sweepOn == SweepOn::Rate);
}

bool LoadProfile::ramps() const
{
    return kind == ProfileKind::StepRamp || kind == ProfileKind::LinearRamp ||
           kind == ProfileKind::ArrivalRamp || kind == ProfileKind::Sweep;
}

double LoadProfile::effectiveSettleS() const
{
    if (settleS)
        return *settleS;
    double phase = durationS;
    // Windowed kinds settle per window: the step of a ramp, a level of a stepped arrival ramp, a probe.
    if (kind == ProfileKind::StepRamp || kind == ProfileKind::LinearRamp || kind == ProfileKind::Sweep ||
        (kind == ProfileKind::ArrivalRamp && rateSteps == 0))
        phase = stepDurationS;
    else if (kind == ProfileKind::ArrivalRamp)
        phase = durationS / rateSteps;
    else if (kind == ProfileKind::Burst)
        phase = holdS;
    // !(phase > 0) also catches NaN; validation reports such a phase, and nothing is measured of it.
    return phase > 0 ? std::min(kAutoSettleMaxS, phase / 3) : 0.0;
}

bool LoadProfile::operator==(const LoadProfile &o) const
{
    return kind == o.kind && maxUsers == o.maxUsers && stepSize == o.stepSize &&
           stepDurationS == o.stepDurationS && spawnRate == o.spawnRate && settleS == o.settleS &&
           thinkMinS == o.thinkMinS && thinkMaxS == o.thinkMaxS && stopAtKnee == o.stopAtKnee &&
           burstUsers == o.burstUsers && burstRampS == o.burstRampS && holdS == o.holdS &&
           sustainedUsers == o.sustainedUsers && durationS == o.durationS && arrivalRate == o.arrivalRate &&
           maxInFlight == o.maxInFlight && startUsers == o.startUsers && startRate == o.startRate &&
           endRate == o.endRate && rateSteps == o.rateSteps && sweepOn == o.sweepOn &&
           sweepTolerance == o.sweepTolerance && sweepMaxSteps == o.sweepMaxSteps;
}

bool Phase::operator==(const Phase &o) const
{
    return name == o.name && profile == o.profile && gate == o.gate;
}

LoadProfile &TestPlan::profile()
{
    if (phases.empty())
        phases.emplace_back();
    return phases.front().profile;
}

const LoadProfile &TestPlan::profile() const
{
    static const LoadProfile defaults;
    return phases.empty() ? defaults : phases.front().profile;
}

bool RequestTemplate::operator==(const RequestTemplate &o) const
{
    return method == o.method && path == o.path && body == o.body && stream == o.stream &&
           connectTimeoutS == o.connectTimeoutS && idleTimeoutS == o.idleTimeoutS &&
           totalTimeoutS == o.totalTimeoutS && transport == o.transport && http2 == o.http2;
}

bool HealthCheck::operator==(const HealthCheck &o) const
{
    return enabled == o.enabled && attempts == o.attempts && retryDelayS == o.retryDelayS &&
           timeoutS == o.timeoutS && warmupRequests == o.warmupRequests;
}

bool Threshold::operator==(const Threshold &o) const
{
    return metric == o.metric && op == o.op && value == o.value && scope == o.scope &&
           abortOnFail == o.abortOnFail && phase == o.phase && tag == o.tag;
}

bool SaturationSettings::operator==(const SaturationSettings &o) const
{
    return flatFraction == o.flatFraction && p95LimitMs == o.p95LimitMs && errorRateLimit == o.errorRateLimit;
}

bool Slo::operator==(const Slo &o) const
{
    return latencyP95Ms == o.latencyP95Ms && ttftP95Ms == o.ttftP95Ms && failureRate == o.failureRate;
}

bool MockSettings::operator==(const MockSettings &o) const
{
    return chunkCount == o.chunkCount && chunkDelayMs == o.chunkDelayMs && toolCalls == o.toolCalls &&
           maxConcurrent == o.maxConcurrent && http429Rate == o.http429Rate && http500Rate == o.http500Rate &&
           midStreamErrorRate == o.midStreamErrorRate && stallRate == o.stallRate && appEnv == o.appEnv &&
           usersFile == o.usersFile;
}

bool EngineSettings::operator==(const EngineSettings &o) const
{
    return threads == o.threads;
}

bool TlsSettings::operator==(const TlsSettings &o) const
{
    return caFile == o.caFile && clientCertificate == o.clientCertificate && clientKey == o.clientKey &&
           insecure == o.insecure;
}

bool TestPlan::operator==(const TestPlan &o) const
{
    if (promptSource != o.promptSource || thresholdSets != o.thresholdSets ||
        thresholdSet != o.thresholdSet || journey != o.journey || guard != o.guard)
        return false;
    return name == o.name && targets == o.targets && phases == o.phases && request == o.request &&
           prompts == o.prompts && health == o.health && thresholds == o.thresholds &&
           saturation == o.saturation && slo == o.slo && mock == o.mock && engine == o.engine &&
           tls == o.tls && hosts == o.hosts;
}

QString profileKindName(ProfileKind k)
{
    switch (k) {
    case ProfileKind::StepRamp:
        return QStringLiteral("step_ramp");
    case ProfileKind::Burst:
        return QStringLiteral("burst");
    case ProfileKind::Sustained:
        return QStringLiteral("sustained");
    case ProfileKind::ConstantRate:
        return QStringLiteral("constant_rate");
    case ProfileKind::LinearRamp:
        return QStringLiteral("linear_ramp");
    case ProfileKind::ArrivalRamp:
        return QStringLiteral("arrival_ramp");
    case ProfileKind::Sweep:
        return QStringLiteral("sweep");
    }
    return QString(); // unreachable for valid enum values; keeps -Wreturn-type quiet
}

QString transportKindName(TransportKind k)
{
    switch (k) {
    case TransportKind::Lean:
        return QStringLiteral("lean");
    case TransportKind::Qnam:
        return QStringLiteral("qnam");
    }
    return QString();
}

QString thresholdScopeName(ThresholdScope s)
{
    switch (s) {
    case ThresholdScope::Run:
        return QStringLiteral("run");
    case ThresholdScope::Step:
        return QStringLiteral("step");
    }
    return QString();
}

std::optional<ThresholdScope> thresholdScopeFromName(const QString &name)
{
    for (ThresholdScope s : {ThresholdScope::Run, ThresholdScope::Step}) {
        if (thresholdScopeName(s) == name)
            return s;
    }
    return std::nullopt;
}

QString sweepOnName(SweepOn s)
{
    return s == SweepOn::Users ? QStringLiteral("users") : QStringLiteral("rate");
}

std::optional<SweepOn> sweepOnFromName(const QString &name)
{
    for (SweepOn s : {SweepOn::Rate, SweepOn::Users}) {
        if (sweepOnName(s) == name)
            return s;
    }
    return std::nullopt;
}

std::optional<ProfileKind> profileKindFromName(const QString &name)
{
    for (ProfileKind k :
         {ProfileKind::StepRamp, ProfileKind::Burst, ProfileKind::Sustained, ProfileKind::ConstantRate,
          ProfileKind::LinearRamp, ProfileKind::ArrivalRamp, ProfileKind::Sweep}) {
        if (profileKindName(k) == name)
            return k;
    }
    return std::nullopt;
}

std::optional<TransportKind> transportKindFromName(const QString &name)
{
    for (TransportKind k : {TransportKind::Lean, TransportKind::Qnam}) {
        if (transportKindName(k) == name)
            return k;
    }
    return std::nullopt;
}

const QStringList &thresholdMetricNames()
{
    static const QStringList names = {
        QStringLiteral("latency_p50_ms"), QStringLiteral("latency_p95_ms"), QStringLiteral("latency_p99_ms"),
        QStringLiteral("ttft_p50_ms"),    QStringLiteral("ttft_p95_ms"),    QStringLiteral("ttft_p99_ms"),
        QStringLiteral("itl_p95_ms"),     QStringLiteral("failure_rate"),   QStringLiteral("peak_qps_ok"),
        QStringLiteral("checks"),
    };
    return names;
}

const QStringList &thresholdOps()
{
    static const QStringList ops = {QStringLiteral("<"), QStringLiteral("<="), QStringLiteral(">"),
                                    QStringLiteral(">=")};
    return ops;
}

QUrl endpointUrl(const Target &target, const RequestTemplate &request)
{
    QUrl url(target.url);
    const qsizetype mark = request.path.indexOf(u'?');
    QUrl wanted; // the request path in the encoded form the URL's path is compared in
    wanted.setPath(mark < 0 ? request.path : request.path.left(mark), QUrl::TolerantMode);
    const QString tail = wanted.path(QUrl::FullyEncoded);
    QString path = url.path(QUrl::FullyEncoded);
    while (path.endsWith(u'/'))
        path.chop(1);
    // The request path starts with '/', so "ends with" can only match whole segments: /myinvocations is a
    // base for /invocations, /api/invocations is the endpoint itself.
    if (!path.endsWith(tail))
        path += tail;
    url.setPath(path, QUrl::TolerantMode);
    if (mark >= 0) {
        const QString own = url.query(QUrl::FullyEncoded);
        const QString extra = request.path.mid(mark + 1);
        url.setQuery(own.isEmpty() ? extra : own + u'&' + extra, QUrl::TolerantMode);
    }
    url.setFragment(QString()); // never sent
    return url;
}

QUrl stepUrl(const Target &target, const QString &path)
{
    if (path.startsWith(QLatin1String("http://")) || path.startsWith(QLatin1String("https://"))) {
        QUrl url(path);
        url.setFragment(QString());
        return url;
    }
    RequestTemplate request;
    request.path = path.startsWith(u'/') ? path : u'/' + path;
    return endpointUrl(target, request);
}

double estimatedTargetSeconds(const LoadProfile &p)
{
    switch (p.kind) {
    case ProfileKind::StepRamp: {
        // Databricks' load-testing guide computes (max_users / step_size) * step_duration; a partial last
        // step still runs a full step, hence the ceiling. Guard the division: an unvalidated plan may hold a
        // zero step size.
        if (p.stepSize <= 0 || p.maxUsers <= 0)
            return 0;
        const qint64 steps = (qint64(p.maxUsers) + p.stepSize - 1) / p.stepSize;
        return double(steps) * p.stepDurationS;
    }
    case ProfileKind::Burst:
        return p.burstRampS + p.holdS;
    case ProfileKind::Sustained:
    case ProfileKind::ConstantRate:
    case ProfileKind::LinearRamp:
    case ProfileKind::ArrivalRamp:
        return p.durationS;
    case ProfileKind::Sweep:
        return std::max(0, p.sweepMaxSteps) * p.stepDurationS; // the bound; a search usually ends sooner
    }
    return 0;
}

double estimatedTargetSeconds(const std::vector<Phase> &phases)
{
    double total = 0;
    for (const Phase &ph : phases)
        total += estimatedTargetSeconds(ph.profile);
    return total;
}

} // namespace plateau
