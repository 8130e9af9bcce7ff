using Platform.Admin.Cli;

return await AdminCommandLine.RunAsync(args);
