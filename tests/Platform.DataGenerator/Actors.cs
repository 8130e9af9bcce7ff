using Grpc.Core;
using Grpc.Net.Client;
using Platform.Contracts.ActorMapping.V1;

namespace Platform.DataGenerator;

/// <summary>Creates actors through the actor mapping contract, spread over the municipalities, sixteen calls at a time.</summary>
public static class Actors
{
    private static readonly string[] Themes = ["physical-activity", "food-and-meals", "sleep", "screen-habits", "mental-well-being"];
    private static readonly string[] Categories = ["daycare", "school", "library", "association", "health"];
    private static readonly Sector[] Sectors = [Sector.Municipal, Sector.CivilSociety, Sector.Private, Sector.FamiliesAndChildren];

    public static async Task CreateAsync(GrpcChannel channel, CallOptions admin, IReadOnlyList<string> codes, int count)
    {
        var client = new ActorService.ActorServiceClient(channel);
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, 16).Select(async _ =>
        {
            for (var i = Interlocked.Increment(ref next); i < count; i = Interlocked.Increment(ref next))
            {
                await client.CreateActorAsync(new CreateActorRequest
                {
                    MunicipalityCode = codes[i % codes.Count],
                    Fields = new ActorFields
                    {
                        Name = $"Aktør {i}",
                        Sector = Sectors[i % Sectors.Length],
                        Category = Categories[i % Categories.Length],
                        Themes = { Themes[i % Themes.Length] },
                        AgeGroups = { "6-10" },
                    },
                }, admin);
            }
        }));
    }
}
