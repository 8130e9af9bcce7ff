using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.DependencyInjection;
using Platform.Contracts.Core.V1;
using Platform.Testing;

namespace Platform.Core.Tests.Cluster;

/// <summary>Mutual TLS between silos, with throwaway certificates made here: same CA joins, another CA does not.</summary>
public sealed class ClusterTlsTests : IDisposable
{
    private const string Password = "throwaway";
    private readonly string folder = Directory.CreateTempSubdirectory("platform-tls-").FullName;
    private readonly X509Certificate2 clusterCa = ThrowawayCertificates.Authority("Platform cluster CA");

    [Fact]
    public async Task Two_silos_with_certificates_of_the_same_CA_form_a_cluster_and_serve_a_call_through_the_other_silo()
    {
        await using var first = await TestPlatform.StartAsync(settings: Settings(clusterCa, "silo-a"));
        await using var second = await TestPlatform.StartAsync(first.DataDirectory, first.SiloPort, Settings(clusterCa, "silo-b"));

        Assert.Equal(2, await ActiveSilosAsync(first));
        var code = first.MunicipalityCodes.Take();
        await Scenario.PartnershipWithMembersAsync(first, code);
        var throughSecond = await new MunicipalityService.MunicipalityServiceClient(second.Channel)
            .GetMunicipalityAsync(new GetMunicipalityRequest { Code = code }, second.AsAdmin());
        Assert.Equal(MunicipalityCodes.NameOf(code), throughSecond.Name);
    }

    [Fact]
    public async Task A_silo_with_a_certificate_of_another_CA_is_refused_and_does_not_join()
    {
        await using var first = await TestPlatform.StartAsync(settings: Settings(clusterCa, "silo-a"));
        var strangerCa = ThrowawayCertificates.Authority("Some other CA");
        using var giveUp = new CancellationTokenSource();

        var joining = TestPlatform.StartAsync(first.DataDirectory, first.SiloPort, giveUp.Token, Settings(strangerCa, "stranger", trusting: clusterCa));
        await Poll.UntilAsync("the first silo to refuse the stranger's certificate",
            () => Task.FromResult(first.Logs.Lines.Where(line => line.Contains("Refused a silo connection", StringComparison.Ordinal)).ToList()),
            refusals => refusals.Any(line => line.Contains("CN=stranger", StringComparison.Ordinal)),
            TimeSpan.FromSeconds(30));

        Assert.Equal(1, await ActiveSilosAsync(first));
        await giveUp.CancelAsync();
        await Assert.ThrowsAnyAsync<Exception>(() => joining);
    }

    [Fact]
    public async Task A_missing_certificate_file_or_a_wrong_password_stops_the_host_at_start_with_a_message_naming_the_setting()
    {
        string[] missing = [.. Settings(clusterCa, "silo-a").Where(s => !s.Contains("CertificatePath", StringComparison.Ordinal)), "--Platform:Cluster:Tls:CertificatePath=" + Path.Combine(folder, "nowhere.pfx")];
        var noFile = await Assert.ThrowsAsync<InvalidOperationException>(() => TestPlatform.StartAsync(settings: missing));
        Assert.StartsWith("Platform:Cluster:Tls:CertificatePath: there is no file at ", noFile.Message, StringComparison.Ordinal);

        string[] wrongPassword = [.. Settings(clusterCa, "silo-b").Where(s => !s.Contains("CertificatePassword", StringComparison.Ordinal)), "--Platform:Cluster:Tls:CertificatePassword=wrong"];
        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => TestPlatform.StartAsync(settings: wrongPassword));
        Assert.StartsWith("Platform:Cluster:Tls:CertificatePassword does not open ", refused.Message, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        clusterCa.Dispose();
        Directory.Delete(folder, recursive: true);
    }

    private static async Task<int> ActiveSilosAsync(TestPlatform platform) =>
        (await platform.Services.GetRequiredService<IGrainFactory>().GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true)).Count;

    /// <summary>The silo's TLS settings: its certificate from <paramref name="issuer"/> in a PKCS#12 file, and the CA it trusts.</summary>
    private string[] Settings(X509Certificate2 issuer, string silo, X509Certificate2? trusting = null)
    {
        using var certificate = ThrowawayCertificates.Silo(issuer, silo);
        var certificatePath = Path.Combine(folder, silo + ".pfx");
        File.WriteAllBytes(certificatePath, certificate.Export(X509ContentType.Pkcs12, Password));
        var caPath = Path.Combine(folder, silo + "-trusted-ca.pem");
        File.WriteAllText(caPath, (trusting ?? issuer).ExportCertificatePem());
        return
        [
            "--Platform:Cluster:Tls:Enabled=true",
            $"--Platform:Cluster:Tls:CertificatePath={certificatePath}",
            $"--Platform:Cluster:Tls:CertificatePassword={Password}",
            $"--Platform:Cluster:Tls:TrustedCaPath={caPath}",
        ];
    }
}

/// <summary>A CA and the silo certificates it issues, made in memory for one test run.</summary>
internal static class ThrowawayCertificates
{
    private static readonly DateTimeOffset From = DateTimeOffset.UtcNow.AddDays(-1);
    private static readonly DateTimeOffset Until = DateTimeOffset.UtcNow.AddDays(1);

    public static X509Certificate2 Authority(string name)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest($"CN={name}", key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
        return request.CreateSelfSigned(From, Until);
    }

    public static X509Certificate2 Silo(X509Certificate2 authority, string name)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest($"CN={name}", key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature, true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1"), new Oid("1.3.6.1.5.5.7.3.2")], false));
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName("localhost");
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromCertificate(authority, true, false));
        using var issued = request.Create(authority, From, Until, RandomNumberGenerator.GetBytes(16));
        return issued.CopyWithPrivateKey(key);
    }
}
