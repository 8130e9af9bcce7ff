using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using Google.Protobuf;
using Grpc.Core;
using Grpc.Net.Client;
using Microsoft.Extensions.DependencyInjection;
using Platform.Contracts.ActorMapping.V1;
using Platform.Contracts.Core.V1;
using Platform.Host.Hosting;
using Platform.Identity;
using Platform.Testing;

namespace Platform.Benchmarks;

/// <summary>
/// The actor list page of a municipality with 5,000 actors, asked for over the web listener with a signed-in session
/// (cookie), one request after the other, so each request's time is the server's time plus a loopback round trip;
/// next to the same list read over gRPC with a token (the page's baseline: the same ActorBook call without the page).
/// <c>dotnet run -c Release --project tests/Platform.Benchmarks -- actor-page [actors, default 5000] [requests, default 300]</c>.
/// </summary>
public static class ActorPageBenchmark
{
    private const string Code = "0183";

    public static async Task RunAsync(string[] args)
    {
        var actors = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 5000;
        var requests = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 300;
        var dataDirectory = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "platform-bench-" + Guid.NewGuid().ToString("N"))).FullName;
        var modulesDirectory = BenchmarkModules.Install();
        var (app, address) = await BenchmarkHost.StartAsync(dataDirectory, modulesDirectory, 11611, primarySiloPort: null);
        var web = app.Services.GetRequiredService<PlatformEndpoints>().Web;
        using var channel = GrpcChannel.ForAddress(address);
        var issuer = new LocalTokenIssuer(LocalSigningKey.LoadOrCreate(dataDirectory));
        var admin = new Metadata { { "authorization", "Bearer " + issuer.Issue("bench-admin", [RoleGrant.Admin], TimeSpan.FromHours(1)) } };
        var coordinatorGrant = RoleGrant.ForMunicipality(PlatformRole.MunicipalityCoordinator, Code);
        var coordinator = new Metadata { { "authorization", "Bearer " + issuer.Issue("bench-coordinator", [coordinatorGrant], TimeSpan.FromHours(1)) } };
        await SeedAsync(channel, admin, actors);
        using var http = await SignedInAsync(channel, admin, web, coordinatorGrant);
        var list = new ActorService.ActorServiceClient(channel);

        Console.WriteLine($"Machine: {Machine.Describe()}");
        Console.WriteLine($"Actor list page: {actors:N0} actors in one municipality, {requests} requests one after the other after 30 to warm up; SQLite, one host");
        Console.WriteLine($"{"",-72} {"p50",9} {"p95",9}");
        foreach (var (what, query, request) in new[]
        {
            ("first page", "", new ListActorsRequest { MunicipalityCode = Code, PageSize = 50 }),
            ("filtered (sector, text), page 2", "?sector=CivilSociety&q=forening&page=2",
                new ListActorsRequest { MunicipalityCode = Code, PageSize = 50, Sector = Sector.CivilSociety, Text = "forening", PageToken = "50" }),
        })
        {
            var grpc = await TimesAsync(() => list.ListActorsAsync(request, coordinator).ResponseAsync, requests);
            Report($"ListActors over gRPC, {what} (baseline)", grpc);
            var page = await TimesAsync(async () =>
            {
                using var response = await http.GetAsync($"/m/actor-mapping/{Code}/actors{query}");
                response.EnsureSuccessStatusCode();
                await response.Content.ReadAsByteArrayAsync();
            }, requests);
            Report($"Actor list page over the web listener, {what}", page);
            Console.WriteLine($"{"  page p95 / baseline p95",-72} {Percentile(page, 0.95) / Percentile(grpc, 0.95),9:0.0}x  (target: page p95 < 100 ms)");
        }

        await app.StopAsync();
        Directory.Delete(dataDirectory, recursive: true);
        Directory.Delete(modulesDirectory, recursive: true);
    }

    /// <summary>The municipality with its local areas and the actors, imported as a coordinator's spreadsheet would be.</summary>
    private static async Task SeedAsync(GrpcChannel channel, Metadata admin, int actors)
    {
        var partnerships = new PartnershipService.PartnershipServiceClient(channel);
        await partnerships.CreatePartnershipAsync(new CreatePartnershipRequest { Id = "bench", Name = "Bench", CentreName = "Bench" }, admin);
        await partnerships.OnboardMunicipalityAsync(new OnboardMunicipalityRequest { PartnershipId = "bench", MunicipalityCode = Code }, admin);
        var municipalities = new MunicipalityService.MunicipalityServiceClient(channel);
        string[] areas = ["Strandparken", "Vejleå", "Ishøj Landsby"];
        foreach (var area in areas)
        {
            var current = await municipalities.GetMunicipalityAsync(new GetMunicipalityRequest { Code = Code }, admin);
            await municipalities.AddLocalAreaAsync(new AddLocalAreaRequest { Code = Code, Name = area, ExpectedVersion = current.Version }, admin);
        }

        string[] sectors = ["kommunal", "civilsamfund", "privat", "familier og børn"];
        string[] kinds = ["forening", "skole", "dagtilbud", "bibliotek", "butik"];
        var csv = new StringBuilder("Navn;Sektor;Kategori;Arenaer;Temaer;Lokalområde;Beskrivelse;Kontaktperson;Kontaktperson e-mail\n");
        for (var i = 0; i < actors; i++)
        {
            var kind = kinds[i % kinds.Length];
            csv.Append(CultureInfo.InvariantCulture, $"{(i % 7 == 0 ? "Ø" : "")}Aktør {i:00000} ({kind});{sectors[i % sectors.Length]};{kind};school, library;sleep;{areas[i % areas.Length]};")
               .Append(CultureInfo.InvariantCulture, $"En {kind} i området;Kontakt {i};kontakt{i}@example.dk\n");
        }

        await new ActorService.ActorServiceClient(channel).ImportActorsAsync(
            new ImportActorsRequest { MunicipalityCode = Code, Csv = ByteString.CopyFromUtf8(csv.ToString()) }, admin);
    }

    /// <summary>An HTTP client with a coordinator's web session: invited, then signed in by the link's form as a browser would.</summary>
    private static async Task<HttpClient> SignedInAsync(GrpcChannel channel, Metadata admin, Uri web, RoleGrant grant)
    {
        var invited = await new PeopleService.PeopleServiceClient(channel).InvitePersonAsync(
            new InvitePersonRequest { Email = "koordinator@example.dk", DisplayName = "Koordinator", Grants = { grant.ToString() } }, admin);
        var path = new Uri(invited.SignInLink).AbsolutePath;
        var http = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = web };
        var signedIn = await http.PostAsync(path, new FormUrlEncodedContent(PageForms.HiddenFields(await http.GetStringAsync(path), path)));
        if (signedIn.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Signing in answered {signedIn.StatusCode}.");
        }

        return http;
    }

    private static async Task<double[]> TimesAsync(Func<Task> call, int requests)
    {
        for (var i = 0; i < 30; i++)
        {
            await call();
        }

        var times = new double[requests];
        for (var i = 0; i < requests; i++)
        {
            var stopwatch = Stopwatch.StartNew();
            await call();
            times[i] = stopwatch.Elapsed.TotalMilliseconds;
        }

        Array.Sort(times);
        return times;
    }

    private static double Percentile(double[] sorted, double share) => sorted[(int)Math.Ceiling(share * sorted.Length) - 1];

    private static void Report(string what, double[] times) =>
        Console.WriteLine($"{what,-72} {Percentile(times, 0.5),6:N1} ms {Percentile(times, 0.95),6:N1} ms");
}
