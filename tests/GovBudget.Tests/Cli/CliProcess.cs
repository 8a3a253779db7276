using System.Diagnostics;
using System.Text;
using GovBudget.Tests.Docs;

namespace GovBudget.Tests.Cli;

/// <summary>Runs the built govbudget tool as a separate process, as a user would.</summary>
internal static class CliProcess
{
    public static (int ExitCode, string Output, string Error) Run(params string[] args) => RunWithInput(null, args);

    /// <summary>Runs the tool with <paramref name="input"/> (UTF-8) on its standard input.</summary>
    public static (int ExitCode, string Output, string Error) RunWithInput(byte[]? input, params string[] args)
    {
        var configuration = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent!.Name; // bin/<Configuration>/net10.0
        var dll = Path.Combine(ReadmeTests.FindRepositoryRoot(), "src", "GovBudget.Cli", "bin", configuration, "net10.0", "GovBudget.Cli.dll");
        File.Exists(dll).ShouldBeTrue($"the CLI was not built at {dll}");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = input is not null,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            WorkingDirectory = ReadmeTests.FindRepositoryRoot(),
        };
        start.ArgumentList.Add(dll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        if (input is not null)
        {
            process.StandardInput.BaseStream.Write(input);
            process.StandardInput.Close();
        }

        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit(120_000).ShouldBeTrue("the CLI did not finish within 2 minutes");
        return (process.ExitCode, output.Result, error.Result);
    }
}
