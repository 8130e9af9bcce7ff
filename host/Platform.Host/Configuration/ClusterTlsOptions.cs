using System.ComponentModel.DataAnnotations;

namespace Platform.Host.Configuration;

/// <summary>
/// Mutual TLS between the silos (<c>Platform:Cluster:Tls</c>): every silo presents its certificate and accepts a peer
/// only if the peer's certificate chains to one of the trusted CAs or has one of the given SHA-256 thumbprints. Off
/// by default (the embedded single silo talks to no other); on in deploy/. The files are read at start, and a file
/// that is missing or a password that does not open it stops the host with a message naming the setting.
/// </summary>
public sealed class ClusterTlsOptions : IValidatableObject
{
    public bool Enabled { get; set; }

    /// <summary>This silo's certificate with its private key: a PKCS#12 file (.pfx/.p12), or a PEM certificate with <see cref="KeyPath"/>.</summary>
    public string? CertificatePath { get; set; }

    /// <summary>The PEM private key of a PEM <see cref="CertificatePath"/>; empty for a PKCS#12 file.</summary>
    public string? KeyPath { get; set; }

    /// <summary>The password of the PKCS#12 file or of an encrypted PEM key; give it through the environment or a secret.</summary>
    public string? CertificatePassword { get; set; }

    /// <summary>A PEM file with the CA certificates a peer's certificate may chain to (several during a rotation).</summary>
    public string? TrustedCaPath { get; set; }

    /// <summary>SHA-256 thumbprints (hex, separated by commas) of peer certificates accepted as they are.</summary>
    public string? PeerThumbprints { get; set; }

    public IReadOnlyList<string> PeerThumbprintList => (PeerThumbprints ?? "")
        .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Select(thumbprint => thumbprint.Replace(":", "", StringComparison.Ordinal).ToUpperInvariant())
        .ToList();

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Enabled)
        {
            yield break;
        }

        if (string.IsNullOrWhiteSpace(CertificatePath))
        {
            yield return new ValidationResult("Platform:Cluster:Tls:CertificatePath is required when TLS between the silos is on.", [nameof(CertificatePath)]);
        }

        if (string.IsNullOrWhiteSpace(TrustedCaPath) && PeerThumbprintList.Count == 0)
        {
            yield return new ValidationResult(
                "Platform:Cluster:Tls:TrustedCaPath or Platform:Cluster:Tls:PeerThumbprints is required when TLS between the silos is on: without them no peer would be trusted.",
                [nameof(TrustedCaPath)]);
        }
    }
}
