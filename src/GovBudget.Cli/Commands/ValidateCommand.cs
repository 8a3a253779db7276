using System.Collections.Concurrent;
using System.CommandLine;
using GovBudget.Cli.Output;
using GovBudget.Disclosures;
using GovBudget.Narrative;
using GovBudget.Rules;
using GovBudget.Serialization;
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
        var narrative = new Option<string?>("--narrative") { Description = "Read the statements of this plain-text 情况说明 (pages split at form feeds) in place of the disclosure's own, and check them too" };
        var command = new Command("validate", "Check disclosures against the built-in rules (exit 0 clean, 1 findings, 2 unreadable input)")
        {
            paths, language, format, minimum, strict, output, narrative,
        };
        command.SetAction(parse => Run(
            parse.GetValue(paths)!,
            parse.GetValue(language)!,
            parse.GetValue(format)!,
            ParseSeverity(parse.GetValue(minimum)!),
            parse.GetValue(strict),
            parse.GetValue(output),
            parse.GetValue(narrative)));
        return command;
    }

    internal static Severity ParseSeverity(string text) => text switch
    {
        "info" => Severity.Info,
        "inconsistency" => Severity.Inconsistency,
        "error" => Severity.Error,
        _ => Severity.Warning,
    };

    private static int Run(string[] paths, string language, string format, Severity threshold, bool strict, string? outputPath, string? narrativePath = null)
    {
        NarrativeText? narrative = null;
        if (narrativePath is not null)
        {
            if (!File.Exists(narrativePath))
            {
                Console.Error.WriteLine(language == "en" ? $"govbudget: no such file: {narrativePath}" : $"govbudget：找不到文件：{narrativePath}");
                return ExitCodes.Unreadable;
            }

            narrative = NarrativeText.Load(narrativePath);
        }

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
                foreach (var item in Validate(files, options, () => task.Increment(1), narrative))
                {
                    collected.Add(item);
                }
            });
            collected.ForEach(Record);
        }
        else
        {
            foreach (var item in Validate(files, options, null, narrative))
            {
                Record(item);
            }
        }

        sink.Complete();
        return unreadable ? ExitCodes.Unreadable : findings ? ExitCodes.Findings : ExitCodes.Clean;
    }

    /// <summary>
    /// Reads and validates every disclosure of every file on all cores, keeping the input order, streaming. One thread
    /// reads (JSON Lines are only split into lines there); each input is parsed and validated by a thread-pool task;
    /// the tasks wait in a bounded queue and are taken in input order, so at most a few inputs per core are in memory
    /// however many there are and however slowly the output is written. A file stops at its first unreadable line.
    /// </summary>
    private static IEnumerable<ValidationItem> Validate(List<string> files, ValidationOptions options, Action? fileDone, NarrativeText? narrative)
    {
        using var queue = new BlockingCollection<Task<ValidationItem>>(boundedCapacity: 4 * Environment.ProcessorCount);
        var producer = Task.Factory.StartNew(
            () =>
            {
                try
                {
                    foreach (var pending in Read(files, fileDone))
                    {
                        queue.Add(Task.Run(() => Check(pending, options, narrative)));
                    }
                }
                finally
                {
                    queue.CompleteAdding();
                }
            },
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default);
        string? stopped = null;
        foreach (var task in queue.GetConsumingEnumerable())
        {
            var item = task.GetAwaiter().GetResult();
            if (stopped is not null && string.Equals(item.File, stopped, StringComparison.Ordinal))
            {
                continue; // lines after the first unreadable one, parsed ahead by the workers
            }

            if (item.Error is not null)
            {
                stopped = item.File;
            }

            yield return item;
        }

        producer.GetAwaiter().GetResult(); // rethrows what the reader did not turn into an item
    }

    private static ValidationItem Check(Pending pending, ValidationOptions options, NarrativeText? narrative)
    {
        var disclosure = pending.Item.Disclosure;
        if (pending.Line is { } line)
        {
            try
            {
                disclosure = DisclosureJsonLines.ReadLine(line, pending.Options!, pending.LineNumber);
            }
            catch (GovBudgetFormatException ex)
            {
                return pending.Item with { Error = ex.Message };
            }
        }

        if (disclosure is { } read && narrative is not null)
        {
            // --narrative: the statements come from the text, the tables from the file.
            var extraction = NarrativeExtractor.Extract(narrative, read);
            Console.Error.WriteLine($"govbudget: {pending.Item.File}: {extraction}");
            disclosure = extraction.ApplyTo(read);
        }

        return disclosure is { } d ? pending.Item with { Disclosure = d, Report = d.Validate(options) } : pending.Item;
    }

    private static IEnumerable<Pending> Read(List<string> files, Action? fileDone)
    {
        foreach (var file in files)
        {
            var options = new DisclosureJsonOptions { SourceName = file };
            using var items = Enumerate(file, options).GetEnumerator();
            var index = 0;
            while (true)
            {
                Pending? next = null;
                string? error = null;
                try
                {
                    if (!items.MoveNext())
                    {
                        break;
                    }

                    next = items.Current;
                }
                catch (Exception ex) when (ex is GovBudgetFormatException or IOException or UnauthorizedAccessException)
                {
                    error = ex.Message;
                }

                if (error is not null)
                {
                    yield return new Pending(new ValidationItem(file, index, null, null, error), null, null, 0);
                    break;
                }

                yield return next! with { Item = next.Item with { Index = index++ } };
            }

            fileDone?.Invoke();
        }
    }

    private static IEnumerable<Pending> Enumerate(string file, DisclosureJsonOptions options)
    {
        // Lazy, so that a malformed file throws inside MoveNext, where Read turns it into an "unreadable" item.
        if (file.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase))
        {
            using var stream = File.OpenRead(file);
            foreach (var (number, line) in DisclosureJsonLines.ReadRawLines(stream, options))
            {
                yield return new Pending(new ValidationItem(file, 0, null, null, null), options, line, number);
            }

            yield break;
        }

        foreach (var disclosure in InputFiles.Read(file))
        {
            yield return new Pending(new ValidationItem(file, 0, disclosure, null, null), null, null, 0);
        }
    }

    /// <summary>An input on its way to a worker: a disclosure already read, or a JSON Lines line still to parse.</summary>
    private sealed record Pending(ValidationItem Item, DisclosureJsonOptions? Options, byte[]? Line, long LineNumber);
}
