using Platform.Host.Hosting;

await PlatformApplication.Build(args).RunPlatformAsync();
