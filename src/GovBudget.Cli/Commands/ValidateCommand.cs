using System.CommandLine;
using GovBudget.Cli.Output;
using GovBudget.Disclosures;
using GovBudget.Rules;
using Spectre.Console;

namespace GovBudget.Cli.Commands;

/// <summary><c>govbudget validate &lt;files or folders&gt;</c>: runs the built-in rules and reports findings.</summary>
internal static class ValidateCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Disclosure files (.json, .jsonl) or folders", Arity = ArgumentArity.OneOrMore };
        var language = new Option<string>("--lang") { Description = "Message language: zh (default) or en", DefaultValueFactory = _ => "zh" };
        language.AcceptOnlyFromAmong("zh", "en");
        var format = new Option<string>("--format") { Description = "Output format: text, json or sarif", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json", "sarif");
        var minimum = new Option<string>("--min-severity") { Description = "Show findings at or above this severity and exit 1 when there are any: info, warning (default), inconsistency, error", DefaultValueFactory = _ => "warning" };
        minimum.AcceptOnlyFromAmong("info", "warning", "inconsistency", "error");
        var strict = new Option<bool>("--strict") { Description = "Require exact agreement (rounding differences count at the rule's severity)" };
        var output = new Option<string?>("--output", "-o") { Description = "Write the report to a file instead of standard output" };
        var command = new Command("validate", "Check disclosures against the built-in rules (exit 0 clean, 1 findings, 2 unreadable input)")
        {
            paths, language, format, minimum, strict, output,
        };
        command.SetAction(parse => Run(
            parse.GetValue(paths)!,
            parse.GetValue(language)!,
            parse.GetValue(format)!,
            ParseSeverity(parse.GetValue(minimum)!),
            parse.GetValue(strict),
            parse.GetValue(output)));
        return command;
    }

    internal static Severity ParseSeverity(string text) => text switch
    {
        "info" => Severity.Info,
        "inconsistency" => Severity.Inconsistency,
        "error" => Severity.Error,
        _ => Severity.Warning,
    };

    private static int Run(string[] paths, string language, string format, Severity threshold, bool strict, string? outputPath)
    {
        var missing = new List<string>();
        var files = InputFiles.Expand(paths, missing);
        foreach (var path in missing)
        {
            Console.Error.WriteLine(language == "en" ? $"govbudget: no such file or folder: {path}" : $"govbudget：找不到文件或文件夹：{path}");
        }

        var options = new ValidationOptions { Strict = strict, Language = language };
        using var output = outputPath is null ? Console.OpenStandardOutput() : File.Create(outputPath);
        var sinkOptions = new ReportSinkOptions(language, threshold, output);
        using IReportSink sink = format switch
        {
            "json" => new JsonReportSink(sinkOptions),
            "sarif" => new SarifReportSink(sinkOptions),
            _ => new TextReportSink(sinkOptions),
        };
        var unreadable = missing.Count > 0;
        var findings = false;
        void Record(ValidationItem item)
        {
            unreadable |= item.Error is not null;
            findings |= item.Report?.Findings.Any(f => f.Severity >= threshold) == true;
            sink.Add(item);
        }

        var interactive = !Console.IsErrorRedirected && !Console.IsOutputRedirected && outputPath is null && files.Count > 1;
        if (interactive)
        {
            var collected = new List<ValidationItem>();
            var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
            console.Progress().Start(context =>
            {
                var task = context.AddTask(language == "en" ? "Validating" : "校验中", maxValue: files.Count);
                foreach (var item in Validate(files, options, () => task.Increment(1)))
                {
                    collected.Add(item);
                }
            });
            collected.ForEach(Record);
        }
        else
        {
            foreach (var item in Validate(files, options, null))
            {
                Record(item);
            }
        }

        sink.Complete();
        return unreadable ? ExitCodes.Unreadable : findings ? ExitCodes.Findings : ExitCodes.Clean;
    }

    /// <summary>Reads and validates every disclosure of every file on all cores, keeping the input order, streaming.</summary>
    private static ParallelQuery<ValidationItem> Validate(List<string> files, ValidationOptions options, Action? fileDone)
    {
        return Read(files, fileDone)
            .AsParallel()
            .AsOrdered()
            .WithDegreeOfParallelism(Environment.ProcessorCount)
            .WithMergeOptions(ParallelMergeOptions.NotBuffered)
            .Select(item => item.Disclosure is { } d ? item with { Report = d.Validate(options) } : item);
    }

    private static IEnumerable<ValidationItem> Read(List<string> files, Action? fileDone)
    {
        foreach (var file in files)
        {
            using var items = Enumerate(file).GetEnumerator();
            var index = 0;
            while (true)
            {
                Disclosure? disclosure = null;
                string? error = null;
                try
                {
                    if (!items.MoveNext())
                    {
                        break;
                    }

                    disclosure = items.Current;
                }
                catch (Exception ex) when (ex is GovBudgetFormatException or IOException or UnauthorizedAccessException)
                {
                    error = ex.Message;
                }

                if (error is not null)
                {
                    yield return new ValidationItem(file, index, null, null, error);
                    break;
                }

                yield return new ValidationItem(file, index++, disclosure, null, null);
            }

            fileDone?.Invoke();
        }
    }

    private static IEnumerable<Disclosure> Enumerate(string file)
    {
        // Lazy, so that a malformed file throws inside MoveNext, where Read turns it into an "unreadable" item.
        foreach (var disclosure in InputFiles.Read(file))
        {
            yield return disclosure;
        }
    }
}
