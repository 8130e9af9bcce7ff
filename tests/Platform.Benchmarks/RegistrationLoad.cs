using System.Diagnostics;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Grpc.Net.Client;
using Platform.Contracts.Events.V1;

namespace Platform.Benchmarks;

/// <summary>
/// Registrations through the events module as a fixed amount of work: every registration of an event queues on that
/// event's row lock, so one event measures the serialised path and many events measure how far it spreads.
/// Each event has seats for half its registrations, so half of them land on the waitlist.
/// </summary>
public static class RegistrationLoad
{
    public static async Task<double> RegistrationsPerSecondAsync(
        GrpcChannel channel, Metadata caller, string municipalityCode, int events, int registrationsPerEvent, int concurrency)
    {
        var client = new EventService.EventServiceClient(channel);
        var ids = new List<string>();
        for (var i = 0; i < events; i++)
        {
            var start = DateTimeOffset.UtcNow.AddDays(30);
            var created = await client.CreateEventAsync(new CreateEventRequest
            {
                MunicipalityCode = municipalityCode,
                Fields = new EventFields
                {
                    Type = EventType.Workshop,
                    Title = $"Benchmark {Guid.NewGuid():N}",
                    Start = Timestamp.FromDateTimeOffset(start),
                    End = Timestamp.FromDateTimeOffset(start.AddHours(2)),
                    Capacity = registrationsPerEvent / 2,
                },
            }, caller);
            ids.Add(created.Id);
        }

        var work = ids.SelectMany(id => Enumerable.Range(0, registrationsPerEvent).Select(n => (Id: id, N: n)))
            .OrderBy(item => item.N).ToList();
        var next = -1;
        var stopwatch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
        {
            while (Interlocked.Increment(ref next) is var index && index < work.Count)
            {
                await client.RegisterAsync(new RegisterRequest
                {
                    MunicipalityCode = municipalityCode,
                    EventId = work[index].Id,
                    Group = TargetGroup.ParentsAndFamilies,
                    Participant = new Participant { Name = $"Deltager {index}", Email = $"p{index}@example.dk" },
                }, caller);
            }
        }));
        return work.Count / stopwatch.Elapsed.TotalSeconds;
    }
}
