using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Logging.Abstractions;
using Orleans.Configuration;
using Orleans.Connections.Security;
using Platform.Host.Configuration;

namespace Platform.Host.Hosting;

/// <summary>
/// Mutual TLS between the silos (Microsoft.Orleans.Connections.Security): each side presents its certificate, and a
/// peer is accepted only when its certificate chains to a trusted CA of <see cref="ClusterTlsOptions.TrustedCaPath"/>
/// (the system's roots do not count) or has one of <see cref="ClusterTlsOptions.PeerThumbprints"/>. A refused peer is
/// logged with its certificate's subject. Use a CA that issues the silos' certificates and nothing else.
/// </summary>
internal static class ClusterTls
{
    public static ISiloBuilder UseClusterTls(this ISiloBuilder silo, ClusterTlsOptions tls)
    {
        if (!tls.Enabled)
        {
            return silo;
        }

        var certificate = LoadCertificate(tls);
        var peers = new ClusterPeerCheck(LoadTrustedCas(tls.TrustedCaPath), tls.PeerThumbprintList.ToHashSet(StringComparer.Ordinal));
        // The connection options are read before the first connection, so every refusal is logged.
        silo.Services.AddOptions<SiloConnectionOptions>().PostConfigure<ILoggerFactory>((_, loggers) => peers.Log = loggers.CreateLogger<ClusterPeerCheck>());
        return silo.UseTls(certificate, options =>
        {
            options.RemoteCertificateMode = RemoteCertificateMode.RequireCertificate;
            options.ClientCertificateMode = RemoteCertificateMode.RequireCertificate;
            options.RemoteCertificateValidation = (peer, _, _) => peers.Accepts(peer);
        });
    }

    private static X509Certificate2 LoadCertificate(ClusterTlsOptions tls)
    {
        var path = RequireFile(tls.CertificatePath!, "CertificatePath");
        X509Certificate2 certificate;
        try
        {
            certificate = string.IsNullOrWhiteSpace(tls.KeyPath)
                ? X509CertificateLoader.LoadPkcs12FromFile(path, tls.CertificatePassword)
                : string.IsNullOrEmpty(tls.CertificatePassword)
                    ? X509Certificate2.CreateFromPemFile(path, RequireFile(tls.KeyPath, "KeyPath"))
                    : X509Certificate2.CreateFromEncryptedPemFile(path, tls.CertificatePassword, RequireFile(tls.KeyPath, "KeyPath"));
        }
        catch (CryptographicException exception)
        {
            throw new InvalidOperationException(
                $"Platform:Cluster:Tls:CertificatePassword does not open '{path}', or Platform:Cluster:Tls:CertificatePath is not a certificate with its key ({exception.Message.TrimEnd('.')}).",
                exception);
        }

        return certificate.HasPrivateKey
            ? certificate
            : throw new InvalidOperationException($"Platform:Cluster:Tls:CertificatePath '{path}' holds no private key: give a PKCS#12 file with its key, or the key in Platform:Cluster:Tls:KeyPath.");
    }

    private static X509Certificate2Collection LoadTrustedCas(string? path)
    {
        var cas = new X509Certificate2Collection();
        if (string.IsNullOrWhiteSpace(path))
        {
            return cas;
        }

        try
        {
            cas.ImportFromPemFile(RequireFile(path, "TrustedCaPath"));
        }
        catch (CryptographicException exception)
        {
            throw new InvalidOperationException($"Platform:Cluster:Tls:TrustedCaPath '{path}' is not a PEM file of CA certificates ({exception.Message.TrimEnd('.')}).", exception);
        }

        return cas.Count > 0 ? cas : throw new InvalidOperationException($"Platform:Cluster:Tls:TrustedCaPath '{path}' holds no certificate.");
    }

    private static string RequireFile(string path, string setting)
    {
        var full = Path.GetFullPath(path);
        return File.Exists(full) ? full : throw new InvalidOperationException($"Platform:Cluster:Tls:{setting}: there is no file at '{full}'.");
    }
}

/// <summary>Whether a peer silo's certificate chains to a trusted CA (and to nothing else) or has a trusted thumbprint.</summary>
internal sealed partial class ClusterPeerCheck(X509Certificate2Collection trustedCas, IReadOnlySet<string> thumbprints)
{
    public ILogger Log { get; set; } = NullLogger.Instance;

    public bool Accepts(X509Certificate2 peer)
    {
        if (thumbprints.Contains(peer.GetCertHashString(HashAlgorithmName.SHA256)) || ChainsToTrustedCa(peer))
        {
            return true;
        }

        Refused(Log, peer.Subject, peer.Issuer);
        return false;
    }

    private bool ChainsToTrustedCa(X509Certificate2 peer)
    {
        if (trustedCas.Count == 0)
        {
            return false;
        }

        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.AddRange(trustedCas);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        return chain.Build(peer);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused a silo connection: its certificate {Subject} (issued by {Issuer}) is not from a trusted CA of Platform:Cluster:Tls:TrustedCaPath nor one of Platform:Cluster:Tls:PeerThumbprints.")]
    private static partial void Refused(ILogger logger, string subject, string issuer);
}
