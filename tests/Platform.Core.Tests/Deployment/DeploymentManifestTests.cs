using Platform.Testing;
using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace Platform.Core.Tests.Deployment;

/// <summary>No container engine or cluster runs here: the manifests are parsed and checked for what running them needs.</summary>
public sealed class DeploymentManifestTests
{
    private static readonly string Deploy = Path.Combine(TestModules.RepositoryRoot, "deploy");

    [Fact]
    public void The_compose_file_runs_two_hosts_on_SQL_Server_and_Redis_with_the_platform_s_own_settings()
    {
        var compose = Load(Path.Combine(Deploy, "compose", "compose.yaml"));
        var services = Map(compose["services"]);

        Assert.Contains("sqlserver", services.Keys);
        Assert.Contains("redis", services.Keys);
        foreach (var host in new[] { "host-a", "host-b" })
        {
            var environment = Map(Map(services[host])["environment"]);
            Assert.Equal("SqlServer", environment["Platform__Database__Provider"]);
            Assert.Equal("Redis", environment["Platform__Cluster__Membership"]);
            Assert.Contains("redis", (string)environment["Platform__Cluster__RedisConnectionString"]);
            Assert.Contains("password=${REDIS_PASSWORD", (string)environment["Platform__Cluster__RedisConnectionString"]);
            Assert.Equal("true", environment["Platform__Cluster__Tls__Enabled"]);
            Assert.True(System.Net.IPAddress.TryParse((string)environment["Platform__Cluster__AdvertisedIPAddress"], out _));
        }
    }

    [Fact]
    public void Redis_in_the_compose_file_asks_for_the_password_of_the_env_file()
    {
        var redis = Map(Map(Load(Path.Combine(Deploy, "compose", "compose.yaml"))["services"])["redis"]);

        Assert.Contains("--requirepass \"$$REDIS_PASSWORD\"", string.Join(' ', List(redis["command"])));
        Assert.StartsWith("${REDIS_PASSWORD:?", (string)Map(redis["environment"])["REDIS_PASSWORD"], StringComparison.Ordinal);
    }

    [Fact]
    public void The_network_policy_lets_only_the_platform_s_pods_reach_the_silo_port_and_opens_no_gateway()
    {
        var kubernetes = Path.Combine(Deploy, "kubernetes");
        Assert.Contains("networkpolicy.yaml", List(Load(Path.Combine(kubernetes, "kustomization.yaml"))["resources"]));
        var policy = Load(Path.Combine(kubernetes, "networkpolicy.yaml"));
        var spec = Map(policy["spec"]);
        var platformPods = Map(Map(spec["podSelector"])["matchLabels"]);
        var rules = List(spec["ingress"]).Select(Map).ToList();

        var siloRule = Assert.Single(rules, rule => Ports(rule).Contains("silo"));
        Assert.Equal(["silo"], Ports(siloRule));
        var from = Map(Map(Assert.Single(List(siloRule["from"])))["podSelector"]);
        Assert.Equal(platformPods, Map(from["matchLabels"]));
        Assert.Equal(["grpc", "web"], rules.Where(rule => !rule.ContainsKey("from")).SelectMany(Ports).Order());

        var container = Map(List(Map(Map(Map(Load(Path.Combine(kubernetes, "deployment.yaml"))["spec"])["template"])["spec"])["containers"])[0]);
        Assert.Equal(["grpc", "silo", "web"], List(container["ports"]).Select(port => (string)Map(port)["name"]).Order());
    }

    private static List<string> Ports(Dictionary<string, object> rule) =>
        [.. List(rule["ports"]).Select(port => (string)Map(port)["port"])];

    [Fact]
    public void Every_Kubernetes_manifest_is_well_formed_and_the_deployment_probes_the_gRPC_health_service()
    {
        foreach (var file in Directory.GetFiles(Path.Combine(Deploy, "kubernetes"), "*.yaml"))
        {
            foreach (var document in LoadAll(file))
            {
                Assert.True(document.ContainsKey("apiVersion") && document.ContainsKey("kind"), $"{Path.GetFileName(file)} lacks apiVersion or kind.");
            }
        }

        var deployment = Load(Path.Combine(Deploy, "kubernetes", "deployment.yaml"));
        Assert.Equal("Deployment", deployment["kind"]);
        var spec = Map(deployment["spec"]);
        Assert.True(int.Parse((string)spec["replicas"]) >= 2);
        var container = Map(List(Map(Map(spec["template"])["spec"])["containers"])[0]);
        foreach (var probe in new[] { "readinessProbe", "livenessProbe" })
        {
            Assert.Equal("5080", Map(Map(container[probe])["grpc"])["port"]);
        }

        var environment = List(container["env"]).Select(Map).ToDictionary(variable => (string)variable["name"]);
        Assert.Equal("Kubernetes", environment["Platform__Cluster__Membership"]["value"]);
        Assert.Equal("true", environment["Platform__Cluster__Tls__Enabled"]["value"]);
        Assert.Contains("POD_IP", environment.Keys);
    }

    private static Dictionary<string, object> Load(string path) => LoadAll(path).Single();

    private static List<Dictionary<string, object>> LoadAll(string path)
    {
        using var reader = new StreamReader(path);
        var parser = new MergingParser(new Parser(reader));
        var deserializer = new DeserializerBuilder().Build();
        var documents = new List<Dictionary<string, object>>();
        parser.Consume<YamlDotNet.Core.Events.StreamStart>();
        while (parser.Accept<YamlDotNet.Core.Events.DocumentStart>(out _))
        {
            documents.Add(Map(deserializer.Deserialize<object>(parser)!));
        }

        return documents;
    }

    private static Dictionary<string, object> Map(object node) =>
        ((Dictionary<object, object>)node).ToDictionary(pair => (string)pair.Key, pair => pair.Value);

    private static List<object> List(object node) => (List<object>)node;
}
