using System.Collections.Concurrent;
using Platform.Host.Tenancy;

namespace Platform.Testing;

/// <summary>
/// Hands out the codes of the 98 Danish municipalities to the tests of one host, each code once, so that tests sharing
/// a host never meet in a municipality and a new test need not hunt for a free code. The codes come from the host's
/// reference list (ReferenceData/danish-municipalities.csv, which the host's build copies next to the tests) in
/// ascending order, so the codes one test takes sort in the order it took them. Hosts keeping their data in one data
/// directory (a restarted host, the silos of one cluster) share one allocator. A test that needs a particular
/// municipality reserves one of <see cref="Named"/>, which <see cref="Take()"/> never hands out.
/// </summary>
public sealed class MunicipalityCodes
{
    /// <summary>
    /// Ishøj and Faaborg-Midtfyn, the municipalities the README's examples name, and Høje-Taastrup, whose name the admin
    /// CLI's test types without its Danish letters: for a test that checks them by name.
    /// </summary>
    public static readonly IReadOnlySet<string> Named = new HashSet<string>(StringComparer.Ordinal) { "0183", "0430", "0169" };

    private static readonly MunicipalityReferenceData Reference = MunicipalityReferenceData.LoadDefault();

    private static readonly ConcurrentDictionary<string, MunicipalityCodes> ByDataDirectory = new(StringComparer.Ordinal);

    private readonly string dataDirectory;
    private readonly Queue<string> free;
    private readonly HashSet<string> reserved = new(StringComparer.Ordinal);

    private MunicipalityCodes(string dataDirectory)
    {
        this.dataDirectory = dataDirectory;
        free = new Queue<string>(Reference.All.Select(municipality => municipality.Code).Where(code => !Named.Contains(code)));
    }

    /// <summary>The allocator of the host, or hosts, keeping their data in <paramref name="dataDirectory"/>.</summary>
    public static MunicipalityCodes Of(string dataDirectory) =>
        ByDataDirectory.GetOrAdd(Path.GetFullPath(dataDirectory), directory => new MunicipalityCodes(directory));

    /// <summary>The municipality's name in the reference list: what a host must show for the code.</summary>
    public static string NameOf(string code) =>
        Reference.Find(code)?.Name ?? throw new ArgumentException($"'{code}' is not the code of a Danish municipality.", nameof(code));

    /// <summary>A code that no other test of this host has.</summary>
    public string Take() => Take(1)[0];

    /// <summary><paramref name="count"/> codes that no other test of this host has.</summary>
    public string[] Take(int count)
    {
        lock (free)
        {
            if (free.Count < count)
            {
                throw new InvalidOperationException(
                    $"The host of {dataDirectory} has {free.Count} municipality codes left and a test asked for {count}: the tests sharing it " +
                    "take more municipalities than Denmark has. Give some of them a host of their own.");
            }

            return [.. Enumerable.Range(0, count).Select(_ => free.Dequeue())];
        }
    }

    /// <summary>One of the <see cref="Named"/> municipalities, for the one test of this host that needs that municipality.</summary>
    public string Reserve(string code)
    {
        if (!Named.Contains(code))
        {
            throw new ArgumentException(
                $"{code} is not one of the named municipalities ({string.Join(", ", Named)}): take any municipality with Take().", nameof(code));
        }

        lock (free)
        {
            if (!reserved.Add(code))
            {
                throw new InvalidOperationException(
                    $"Another test of the host of {dataDirectory} has reserved {code} ({NameOf(code)}) already: give one of the two a host of its own.");
            }
        }

        return code;
    }
}
