using System.ComponentModel.DataAnnotations;

namespace Platform.Host.People;

/// <summary>Sign-in links and sessions, section <c>Platform:People</c>; validated at start.</summary>
internal sealed class PeopleOptions
{
    public const string Section = "Platform:People";

    /// <summary>How long a sign-in link works; 72 hours unless set.</summary>
    [Range(typeof(TimeSpan), "00:05:00", "30.00:00:00")]
    public TimeSpan InvitationLifetime { get; set; } = TimeSpan.FromHours(72);

    /// <summary>How long a web session lasts without a request; each request past half of it renews it (sliding).</summary>
    [Range(typeof(TimeSpan), "00:05:00", "30.00:00:00")]
    public TimeSpan SessionLifetime { get; set; } = TimeSpan.FromHours(8);

    /// <summary>
    /// The address people reach the web port at (https://platform.example.dk/), for the links. Empty means the web
    /// listener's own address, which is right only for a host used on its own machine.
    /// </summary>
    public Uri? PublicWebAddress { get; set; }
}
