using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Grpc.Net.Client;
using Platform.Contracts.Events.V1;

namespace Platform.DataGenerator;

/// <summary>
/// Creates events through the events contract, sixteen calls at a time, spread over municipalities, the seed's local
/// areas (and the whole municipality), every event type and the days of the year before <c>now</c>; every tenth event
/// gets an anonymous head-count registration.
/// </summary>
public static class Events
{
    private const int Concurrency = 16;
    private static readonly EventType[] Types = [.. System.Enum.GetValues<EventType>().Where(t => t != EventType.Unspecified)];
    private static readonly TargetGroup[] Groups = [TargetGroup.Children, TargetGroup.ParentsAndFamilies, TargetGroup.Professionals];

    public static async Task<int> CreateAsync(GrpcChannel channel, CallOptions admin, IReadOnlyList<SeedMunicipality> municipalities, int count,
        DateTimeOffset now, SeedProgress progress)
    {
        var client = new EventService.EventServiceClient(channel);
        var registrations = 0;
        await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = Concurrency }, async (i, cancellationToken) =>
        {
            var municipality = municipalities[i % municipalities.Count];
            var area = i / municipalities.Count % (municipality.LocalAreaIds.Count + 1);
            // Most events were held in the last year; every tenth is still ahead, so people can register for it.
            var registers = i % 10 == 0;
            var days = registers ? 1 + (i % 60) : -1 - (i * 7919L % 365);
            var start = now.Date.AddDays(days).AddHours(8 + (i % 9));
            var created = await client.CreateEventAsync(new CreateEventRequest
            {
                MunicipalityCode = municipality.Code,
                Fields = new EventFields
                {
                    Type = Types[i % Types.Length],
                    Title = $"Arrangement {i}",
                    Venue = "Medborgerhuset",
                    LocalAreaId = area < municipality.LocalAreaIds.Count ? municipality.LocalAreaIds[area] : "",
                    Start = Timestamp.FromDateTime(start.ToUniversalTime()),
                    End = Timestamp.FromDateTime(start.AddHours(2).ToUniversalTime()),
                    TargetGroups = { Groups[i % Groups.Length] },
                },
            }, admin.WithCancellationToken(cancellationToken));
            if (registers)
            {
                await client.RegisterAsync(new RegisterRequest
                {
                    MunicipalityCode = municipality.Code,
                    EventId = created.Id,
                    Group = Groups[i % Groups.Length],
                    HeadCount = 5 + (i % 20),
                }, admin.WithCancellationToken(cancellationToken));
                Interlocked.Increment(ref registrations);
            }

            progress.Add(1);
        });
        return registrations;
    }
}
