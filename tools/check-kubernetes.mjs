// Validates service/target/kubernetes/kubernetes.yml against the Kubernetes API schemas
// (kubernetes-models), and checks what docs/operations.md promises of the Deployment.
// Run through tools/check-kubernetes.sh, which installs the two npm packages it needs.
import fs from "node:fs";
import YAML from "yaml";
import { ConfigMap, Service, ServiceAccount } from "kubernetes-models/v1";
import { Deployment } from "kubernetes-models/apps/v1";

const KINDS = { ConfigMap, Service, ServiceAccount, Deployment };
const file = process.argv[2];
const docs = YAML.parseAllDocuments(fs.readFileSync(file, "utf8")).map((d) => d.toJSON()).filter(Boolean);
const failures = [];
const byKind = {};
for (const doc of docs) {
  const Model = KINDS[doc.kind];
  if (!Model) {
    failures.push(`unexpected kind ${doc.kind}`);
    continue;
  }
  try {
    new Model(doc).validate();
  } catch (e) {
    failures.push(`${doc.kind} ${doc.metadata?.name}: ${e.message}`);
  }
  byKind[doc.kind] = doc;
}
const deployment = byKind.Deployment;
const container = deployment?.spec?.template?.spec?.containers?.[0];
const expect = (ok, what) => ok || failures.push(what);
expect(deployment, "no Deployment");
expect(byKind.Service, "no Service");
if (container) {
  expect(container.readinessProbe?.httpGet?.path === "/q/health/ready", "readiness probe is not /q/health/ready");
  expect(container.livenessProbe?.httpGet?.path === "/q/health/live", "liveness probe is not /q/health/live");
  const env = container.env ?? [];
  expect(env.some((e) => e.name === "SRT_AUDIT_WRITER_ID" && e.valueFrom?.fieldRef?.fieldPath === "metadata.name"),
    "SRT_AUDIT_WRITER_ID is not the pod name");
  const from = container.envFrom ?? [];
  expect(from.some((e) => e.configMapRef?.name === "srt-guide-config"), "no envFrom ConfigMap srt-guide-config");
  expect(from.some((e) => e.secretRef?.name === "srt-guide-secrets"), "no envFrom Secret srt-guide-secrets");
  expect(!JSON.stringify(env).match(/PASSWORD|SECRET/i) || env.every((e) => !e.value), "a secret value inline");
}
expect((byKind.ConfigMap?.data?.QUARKUS_PROFILE ?? "").split(",").includes("postgresql"), "ConfigMap profile lacks postgresql");
if (failures.length) {
  console.error(failures.join("\n"));
  process.exit(1);
}
console.log(`${file}: ${docs.length} resources valid (${docs.map((d) => d.kind).join(", ")})`);
