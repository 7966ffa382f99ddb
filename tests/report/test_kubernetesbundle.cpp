#include "core/report/kubernetesbundle.h"

#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace plateau;

namespace {
TestPlan plan()
{
    TestPlan p;
    p.name = QStringLiteral("Chat agent v2");
    Target t;
    t.label = QStringLiteral("prod-like");
    t.url = QStringLiteral("https://agent.example.com");
    t.authRef = QStringLiteral("prod-sp");
    p.targets.push_back(t);
    return p;
}
} // namespace

TEST(KubernetesBundle, AnIndexedJobOfNShardsWithThePlanTheSecretAndTheSharedVolume)
{
    KubernetesBundleOptions o;
    o.shards = 20;
    o.image = QStringLiteral("registry.example.com/plateau:0.1.0");
    const KubernetesBundle b = kubernetesBundle(plan(), o);
    const QString m = QString::fromUtf8(b.manifests);
    EXPECT_TRUE(m.contains(QStringLiteral("completionMode: \"Indexed\"")));
    EXPECT_TRUE(m.contains(QStringLiteral("completions: 20")));
    EXPECT_TRUE(m.contains(QStringLiteral("parallelism: 20")));
    EXPECT_TRUE(m.contains(QStringLiteral("image: \"registry.example.com/plateau:0.1.0\"")));
    EXPECT_TRUE(m.contains(QStringLiteral("name: \"plateau-chat-agent-v2-plan\"")));
    EXPECT_TRUE(m.contains(QStringLiteral("\"ReadWriteMany\"")));
    EXPECT_TRUE(m.contains(QStringLiteral("batch.kubernetes.io/controller-uid")));
    // The plan goes in verbatim, as a literal block.
    EXPECT_TRUE(m.contains(QStringLiteral("plan.plateau.json: |\n    {\n")));
    EXPECT_TRUE(QString::fromUtf8(b.credentialsExample)
                    .contains(QStringLiteral("PLATEAU_SECRET_PROD_SP_CLIENT_SECRET: \"\"")));
    EXPECT_EQ(kubernetesName(QStringLiteral("Plateau: Chat / Agent")), QStringLiteral("chat-agent"));
}

TEST(KubernetesBundle, APlanThatCannotBeSplitOrHoldsACredentialIsRefusedByField)
{
    TestPlan p = plan();
    p.targets[0].headers.push_back({QStringLiteral("X-API-Key"), QStringLiteral("k-123")});
    KubernetesBundleOptions o;
    EXPECT_TRUE(kubernetesBundleRefusal(p, o).contains(QStringLiteral("targets[0].headers: X-API-Key")));
    p = plan();
    p.profile().kind = ProfileKind::Sweep;
    EXPECT_TRUE(kubernetesBundleRefusal(p, o).contains(QStringLiteral("is a sweep")));
    o.shards = 0;
    EXPECT_TRUE(kubernetesBundleRefusal(plan(), o).startsWith(QStringLiteral("shards: 0")));
}

// The manifests parse as Kubernetes objects: kubectl kustomize reads them offline (no cluster needed).
TEST(KubernetesBundle, KubectlReadsTheBundleOffline)
{
    const QString kubectl = QStandardPaths::findExecutable(QStringLiteral("kubectl"));
    if (kubectl.isEmpty())
        GTEST_SKIP() << "kubectl is not installed (Debian: kubernetes-client)";
    QTemporaryDir dir;
    QString error;
    ASSERT_TRUE(writeKubernetesBundle(dir.path(), plan(), KubernetesBundleOptions{}, &error))
        << error.toStdString();
    QProcess k;
    k.start(kubectl, {QStringLiteral("kustomize"), dir.path()});
    ASSERT_TRUE(k.waitForFinished(60000));
    EXPECT_EQ(k.exitCode(), 0) << k.readAllStandardError().toStdString();
    const QString out = QString::fromUtf8(k.readAllStandardOutput());
    EXPECT_TRUE(out.contains(QStringLiteral("kind: Job")));
    EXPECT_TRUE(out.contains(QStringLiteral("completionMode: Indexed")));
    EXPECT_TRUE(out.contains(QStringLiteral("kind: PersistentVolumeClaim")));
}
