using System.CommandLine;
using System.Text;
using GovBudget.Rendering;
using GovBudget.Rules;

namespace GovBudget.Cli.Commands;

/// <summary><c>govbudget render &lt;file&gt;</c>: the disclosure in the official table layout, as HTML (with SVG charts) or Markdown.</summary>
internal static class RenderCommand
{
    public static Command Create()
    {
        var input = new Argument<string>("file") { Description = "A .json disclosure" };
        var format = new Option<string>("--format") { Description = "html (default) or md", DefaultValueFactory = _ => "html" };
        format.AcceptOnlyFromAmong("html", "md");
        var findings = new Option<bool>("--findings") { Description = "Overlay the validation findings (cells highlighted, rule ids in a legend)" };
        var language = new Option<string>("--lang") { Description = "zh (default) or en", DefaultValueFactory = _ => "zh" };
        language.AcceptOnlyFromAmong("zh", "en");
        var charts = new Option<bool>("--no-charts") { Description = "Leave out the SVG charts" };
        var output = new Option<string?>("--output", "-o") { Description = "Write to a file instead of standard output" };
        var command = new Command("render", "Render a disclosure as self-contained HTML (inline CSS and SVG charts) or Markdown")
        {
            input, format, findings, language, charts, output,
        };
        command.SetAction(parse =>
        {
            var file = parse.GetValue(input)!;
            Disclosures.Disclosure disclosure;
            try
            {
                disclosure = InputFiles.Read(file).Single();
            }
            catch (Exception ex) when (ex is GovBudgetFormatException or IOException or UnauthorizedAccessException or InvalidOperationException)
            {
                Console.Error.WriteLine($"govbudget: {file}: {ex.Message}");
                return ExitCodes.Unreadable;
            }

            var lang = parse.GetValue(language)!;
            var options = new RenderOptions
            {
                Language = lang,
                IncludeCharts = !parse.GetValue(charts),
                Findings = parse.GetValue(findings) ? disclosure.Validate(new ValidationOptions { Language = lang }) : null,
            };
            var text = parse.GetValue(format) == "md" ? DisclosureRenderer.ToMarkdown(disclosure, options) : DisclosureRenderer.ToHtml(disclosure, options);
            if (parse.GetValue(output) is { } path)
            {
                using var stream = CliOutputException.Create(path);
                using var writer = new StreamWriter(stream, new UTF8Encoding(false));
                writer.Write(text);
            }
            else
            {
                Console.Out.Write(text);
            }

            return ExitCodes.Clean;
        });
        return command;
    }
}
