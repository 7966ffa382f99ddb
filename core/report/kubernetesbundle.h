#pragma once
// The Kubernetes bundle of a plan (docs/architecture.md, "Shards"): an Indexed Job of N pods, each running
// `plateau run --shard i/N` of the same image on the same schedule, the first one merging the shards when
// all are done. The workbench's Plan page and `plateau bundle` write the same files:
//
//   plateau.yaml              ConfigMap (the plan), PersistentVolumeClaim (results), Job
//   credentials.example.yaml  the Secret the pods read PLATEAU_SECRET_* from (fill in, apply first)
//   results-pod.yaml          a pod that mounts the results, for kubectl cp
//   kustomization.yaml        so that `kubectl apply -k .` applies them together
//   plan.plateau.json         the plan as it is in the ConfigMap

#include "core/plan/testplan.h"

#include <QByteArray>
#include <QString>

namespace plateau {

struct KubernetesBundleOptions
{
    int shards = 4;
    QString image = QStringLiteral("plateau:latest");
    QString storage = QStringLiteral("1Gi"); // the results volume
    QString cpu = QStringLiteral("2");       // each pod's request: a generator must not be starved
    QString memory = QStringLiteral("1Gi");
    QByteArray authRefsJson{}; // the auth references file, when the plan's targets use one
};

struct KubernetesBundle
{
    QByteArray manifests, credentialsExample, resultsPod, kustomization, plan;
};

// Why the plan cannot go into a bundle (empty: it can): it cannot be split (shardRefusal), a header holds a
// value that looks like a credential (a ConfigMap is no place for it), or the options are out of range.
QString kubernetesBundleRefusal(const TestPlan &plan, const KubernetesBundleOptions &options);
KubernetesBundle kubernetesBundle(const TestPlan &plan, const KubernetesBundleOptions &options);
// Writes the files into dir (created when missing); false with the file that failed.
bool writeKubernetesBundle(const QString &dir, const TestPlan &plan, const KubernetesBundleOptions &options,
                           QString *error);

// What every pod of the Job runs: its shard (JOB_COMPLETION_INDEX counts from 0, --shard from 1), then, in
// the first pod, the merge once every shard is done. The Job's uid (RUN_ID) names the run's folder on the
// results volume, so a Job applied again never mixes with the one before. PLATEAU_PLAN and PLATEAU_RESULTS
// override where the plan and the volume are (a test runs the script on one machine).
QString kubernetesPodScript(bool authRefs);

// A name Kubernetes accepts (RFC 1123 label: lowercase letters, digits, '-', at most 40 here so that the
// suffixes fit): "Chat agent v2" -> "chat-agent-v2".
QString kubernetesName(const QString &text);

} // namespace plateau
