namespace Platform.Host.Configuration;

/// <summary>How the hosts of one installation find each other.</summary>
public enum ClusterMembership
{
    /// <summary>Orleans development clustering on loopback: one machine, the first host is the primary.</summary>
    Development,

    /// <summary>Membership table in Redis: several hosts on several machines.</summary>
    Redis,

    /// <summary>Redis membership, with the pod's identity and address from Orleans' Kubernetes hosting.</summary>
    Kubernetes,
}
