#include "core/report/kubernetesbundle.h"

#include "core/common/fileio.h"
#include "core/common/secretnames.h"
#include "core/plan/planio.h"
#include "core/plan/shardslice.h"

#include <QDir>
#include <QStringList>
#include <nlohmann/json.hpp>

namespace plateau {

namespace {

using ojson = nlohmann::ordered_json;

// Block YAML from a JSON value. Strings are written as JSON strings (a double-quoted YAML scalar is a JSON
// string), so no value needs YAML's quoting rules; a string with line breaks becomes a literal block.
void yaml(QByteArray &out, const ojson &v, int indent);

void scalar(QByteArray &out, const ojson &v, int indent)
{
    if (v.is_string()) {
        const std::string s = v.get<std::string>();
        if (s.find('\n') != std::string::npos && s.find('\t') == std::string::npos && s.front() != ' ') {
            // "|" keeps the one final line break, "|-" none.
            const bool endsInBreak = s.back() == '\n';
            out += endsInBreak ? "|\n" : "|-\n";
            const QByteArray text = QByteArray::fromStdString(endsInBreak ? s.substr(0, s.size() - 1) : s);
            for (const QByteArray &line : text.split('\n')) {
                if (!line.isEmpty())
                    out += QByteArray(indent, ' ') + line;
                out += '\n';
            }
            return;
        }
    }
    out += QByteArray::fromStdString(v.dump()) + '\n';
}

void yaml(QByteArray &out, const ojson &v, int indent)
{
    const QByteArray pad(indent, ' ');
    if (v.is_object()) {
        for (auto it = v.begin(); it != v.end(); ++it) {
            out += pad + QByteArray::fromStdString(it.key()) + ':';
            const ojson &c = it.value();
            if ((c.is_object() || c.is_array()) && !c.empty()) {
                out += '\n';
                yaml(out, c, indent + 2);
            } else {
                out += ' ';
                scalar(out, c, indent + 2);
            }
        }
    } else if (v.is_array()) {
        for (const ojson &c : v) {
            if (c.is_object() && !c.empty()) {
                QByteArray inner;
                yaml(inner, c, indent + 2);
                // "- " takes the place of the first key's indentation.
                out += pad + "- " + inner.mid(indent + 2);
            } else {
                out += pad + "- ";
                scalar(out, c, indent + 2);
            }
        }
    } else {
        scalar(out, v, indent);
    }
}

QByteArray documents(const std::vector<ojson> &docs)
{
    QByteArray out;
    for (const ojson &d : docs) {
        out += "---\n";
        yaml(out, d, 0);
    }
    return out;
}

ojson labels(const QString &name)
{
    return {{"app.kubernetes.io/name", "plateau"}, {"app.kubernetes.io/instance", name.toStdString()}};
}

ojson metadata(const QString &objectName, const QString &name)
{
    return {{"name", objectName.toStdString()}, {"labels", labels(name)}};
}

} // namespace

QString kubernetesPodScript(bool authRefs)
{
    return QStringLiteral(
               "set -u\n"
               "i=$((JOB_COMPLETION_INDEX + 1))\n"
               "dir=\"${PLATEAU_RESULTS:-/results}/$RUN_ID\"\n"
               "mkdir -p \"$dir\"\n"
               "status=0\n"
               "plateau run \"${PLATEAU_PLAN:-/plan/plan.plateau.json}\" --shard \"$i/$SHARDS\" "
               "--start-at-file \"$dir/start-at\" --start-lead \"${PLATEAU_START_LEAD_S:-30}\" --out "
               "\"$dir\" --run-name \"shard-$i\" --no-keychain%1 "
               "|| status=$?\n"
               "if [ \"$i\" = 1 ]; then\n"
               "  plateau merge \"$dir\" --wait \"${PLATEAU_MERGE_WAIT_S:-3600}\" --out \"$dir/merged\" || "
               "status=$?\n"
               "fi\n"
               "exit $status\n")
        .arg(authRefs ? QStringLiteral(" --auth-refs /plan/auth-refs.json") : QString());
}

namespace {

QStringList authRefsOf(const TestPlan &plan)
{
    QStringList refs;
    for (const Target &t : plan.targets)
        if (t.enabled && !t.authRef.isEmpty() && !refs.contains(t.authRef))
            refs << t.authRef;
    return refs;
}

} // namespace

QString kubernetesName(const QString &text)
{
    QString out;
    for (const QChar c : text.toLower()) {
        const bool ok = (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
                        (c >= QLatin1Char('0') && c <= QLatin1Char('9'));
        if (ok)
            out += c;
        else if (!out.isEmpty() && !out.endsWith(QLatin1Char('-')))
            out += QLatin1Char('-');
    }
    if (out.startsWith(QLatin1String("plateau-")))
        out = out.mid(8); // every object is named plateau-<name>-...
    out = out.left(40);
    while (out.endsWith(QLatin1Char('-')))
        out.chop(1);
    return out.isEmpty() ? QStringLiteral("load-test") : out;
}

QString kubernetesBundleRefusal(const TestPlan &plan, const KubernetesBundleOptions &o)
{
    if (o.shards < 1 || o.shards > ShardSlice::kMaxShards)
        return QStringLiteral("shards: %1 is not from 1 to %2").arg(o.shards).arg(ShardSlice::kMaxShards);
    if (o.image.trimmed().isEmpty() || o.image.contains(QLatin1Char(' ')))
        return QStringLiteral("image: \"%1\" is no image reference (registry/name:tag)").arg(o.image);
    if (o.shards > 1)
        if (const QString why = shardRefusal(plan); !why.isEmpty())
            return why;
    for (std::size_t i = 0; i < plan.targets.size(); ++i)
        for (const Header &h : plan.targets[i].headers)
            if (isSecretName(h.name) && !h.value.isEmpty())
                return QStringLiteral(
                           "targets[%1].headers: %2 looks like a credential, and the plan goes into "
                           "a ConfigMap: give the target an auth reference instead")
                    .arg(i)
                    .arg(h.name);
    return {};
}

KubernetesBundle kubernetesBundle(const TestPlan &plan, const KubernetesBundleOptions &o)
{
    const QString name = kubernetesName(plan.name);
    const QString planMap = QStringLiteral("plateau-%1-plan").arg(name);
    const QString results = QStringLiteral("plateau-%1-results").arg(name);
    const QString credentials = QStringLiteral("plateau-%1-credentials").arg(name);
    KubernetesBundle b;
    b.plan = planToJson(plan);

    ojson data = {{"plan.plateau.json", b.plan.toStdString()}};
    if (!o.authRefsJson.isEmpty())
        data["auth-refs.json"] = o.authRefsJson.toStdString();
    const ojson configMap = {
        {"apiVersion", "v1"}, {"kind", "ConfigMap"}, {"metadata", metadata(planMap, name)}, {"data", data}};
    const ojson claim = {
        {"apiVersion", "v1"},
        {"kind", "PersistentVolumeClaim"},
        {"metadata", metadata(results, name)},
        // Every pod writes its shard's folder and the first reads them all: the volume is shared.
        {"spec",
         {{"accessModes", {"ReadWriteMany"}},
          {"resources", {{"requests", {{"storage", o.storage.toStdString()}}}}}}}};
    const ojson container = {
        {"name", "shard"},
        {"image", o.image.toStdString()},
        {"command", {"/bin/sh", "-c"}},
        {"args", {kubernetesPodScript(!o.authRefsJson.isEmpty()).toStdString()}},
        {"env",
         {{{"name", "SHARDS"}, {"value", std::to_string(o.shards)}},
          {{"name", "RUN_ID"},
           {"valueFrom",
            {{"fieldRef", {{"fieldPath", "metadata.labels['batch.kubernetes.io/controller-uid']"}}}}}}}},
        {"envFrom", {{{"secretRef", {{"name", credentials.toStdString()}, {"optional", true}}}}}},
        {"resources",
         {{"requests", {{"cpu", o.cpu.toStdString()}, {"memory", o.memory.toStdString()}}},
          {"limits", {{"memory", o.memory.toStdString()}}}}},
        {"volumeMounts",
         {{{"name", "plan"}, {"mountPath", "/plan"}, {"readOnly", true}},
          {{"name", "results"}, {"mountPath", "/results"}}}}};
    const ojson job = {
        {"apiVersion", "batch/v1"},
        {"kind", "Job"},
        {"metadata", metadata(QStringLiteral("plateau-%1").arg(name), name)},
        {"spec",
         {{"completionMode", "Indexed"},
          {"completions", o.shards},
          {"parallelism", o.shards},
          // A shard run again would start off the common schedule: a failed pod stays failed.
          {"backoffLimit", 0},
          {"ttlSecondsAfterFinished", 86400},
          {"template",
           {{"metadata", {{"labels", labels(name)}}},
            {"spec",
             {{"restartPolicy", "Never"},
              // The image's own user (packaging/kubernetes/Containerfile); the volume is made writable for
              // it.
              {"securityContext", {{"runAsNonRoot", true}, {"runAsUser", 10001}, {"fsGroup", 10001}}},
              {"containers", {container}},
              {"volumes",
               {{{"name", "plan"}, {"configMap", {{"name", planMap.toStdString()}}}},
                {{"name", "results"},
                 {"persistentVolumeClaim", {{"claimName", results.toStdString()}}}}}}}}}}}}};
    b.manifests = "# Plateau: " + plan.name.toUtf8() + ", " + QByteArray::number(o.shards) +
                  " shards of image " + o.image.toUtf8() +
                  ". Apply with kubectl apply -k . (after filling in credentials.example.yaml, if the\n"
                  "# targets use auth references); the merged run lands in /results/<job uid>/merged.\n" +
                  documents({configMap, claim, job});

    ojson secretData = ojson::object();
    for (const QString &ref : authRefsOf(plan))
        secretData[secretVariableName(ref, QStringLiteral("client_secret")).toStdString()] = "";
    b.credentialsExample =
        "# The secrets of the plan's auth references, as the pods read them (PLATEAU_SECRET_<REF>_<FIELD>;\n"
        "# a static token is _TOKEN). Fill in the values, then: kubectl apply -f credentials.example.yaml\n" +
        documents({{{"apiVersion", "v1"},
                    {"kind", "Secret"},
                    {"metadata", metadata(credentials, name)},
                    {"type", "Opaque"},
                    {"stringData", secretData}}});
    b.resultsPod = "# A pod that mounts the results: kubectl cp plateau-" + name.toUtf8() +
                   "-results:/results ./runs, then delete it.\n" +
                   documents({{{"apiVersion", "v1"},
                               {"kind", "Pod"},
                               {"metadata", metadata(results, name)},
                               {"spec",
                                {{"restartPolicy", "Never"},
                                 {"containers",
                                  {{{"name", "results"},
                                    {"image", o.image.toStdString()},
                                    {"command", {"sleep", "3600"}},
                                    {"volumeMounts", {{{"name", "results"}, {"mountPath", "/results"}}}}}}},
                                 {"volumes",
                                  {{{"name", "results"},
                                    {"persistentVolumeClaim", {{"claimName", results.toStdString()}}}}}}}}}});
    b.kustomization = "resources:\n  - plateau.yaml\n";
    return b;
}

bool writeKubernetesBundle(const QString &dir, const TestPlan &plan, const KubernetesBundleOptions &options,
                           QString *error)
{
    if (const QString why = kubernetesBundleRefusal(plan, options); !why.isEmpty()) {
        if (error)
            *error = why;
        return false;
    }
    if (!QDir().mkpath(dir)) {
        if (error)
            *error = QStringLiteral("cannot create the folder %1").arg(QDir::toNativeSeparators(dir));
        return false;
    }
    const KubernetesBundle b = kubernetesBundle(plan, options);
    const std::pair<const char *, const QByteArray *> files[] = {
        {"plateau.yaml", &b.manifests},
        {"credentials.example.yaml", &b.credentialsExample},
        {"results-pod.yaml", &b.resultsPod},
        {"kustomization.yaml", &b.kustomization},
        {"plan.plateau.json", &b.plan}};
    for (const auto &[name, data] : files)
        if (!fileio::writeAtomic(QDir(dir).filePath(QString::fromLatin1(name)), *data, error))
            return false;
    return true;
}

} // namespace plateau
