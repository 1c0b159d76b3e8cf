using Caseload.Application.Common.Time;
using Caseload.Application.Results;
using Caseload.Application.Results.Reviews;
using Caseload.Application.Security;
using Caseload.Web.Features.Printing;
using Caseload.Web.Hosting;
using Caseload.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Caseload.Web.Features.Results.Reviews;

/// <summary>
/// Fidelity reviews (issue #29 item 5, ADR 0055) for every method whose engine registers a scale: the address names the
/// scale ("act"), and a method without one answers 404. Only a leader of the team starts one (the <see cref="LedTeam"/>
/// handle); managers and the team's leaders read them (<see cref="ResultsTeams"/>).
/// </summary>
[Authorize(Policy = Policies.Implementation)]
[Route("resultater/{metode}/vurderinger")]
public sealed class FidelityReviewsController(FidelityReviewService reviews, IDanishClock clock) : Controller
{
    private CancellationToken Ct => HttpContext.RequestAborted;

    [HttpGet("")]
    public async Task<IActionResult> Index([FromRoute] string metode, [FromQuery(Name = "team")] ResultsTeams? teams)
        => reviews.Scale(metode) is { } scale && teams is not null && await reviews.ListAsync(scale, teams, Ct) is { } list
            ? View("Index", list)
            : NotFound();

    [HttpGet("ny/{teamId:guid}")]
    public async Task<IActionResult> New([FromRoute] string metode, LedTeam? team, [FromQuery(Name = "fra")] DateOnly? from, [FromQuery(Name = "til")] DateOnly? to)
    {
        if (reviews.Scale(metode) is not { } scale || team is null) return NotFound();
        var period = ResultsPeriod.Parse(from, to, clock.Today) ?? FidelityReviewService.DefaultPeriod(clock.Today);
        return await reviews.FormAsync(scale, team, period, Ct) is { } form ? View("New", new FidelityReviewFormModel(form, Blank(form))) : NotFound();
    }

    [HttpPost("ny/{teamId:guid}")]
    public async Task<IActionResult> Add([FromRoute] string metode, LedTeam? team, [FromForm(Name = "Input")] FidelityReviewInput input)
    {
        if (reviews.Scale(metode) is not { } scale || team is null) return NotFound();
        if (ModelState.IsValid)
        {
            var result = await reviews.AddAsync(scale, team, input, Ct);
            if (result.Failure == Application.Common.FailureKind.NotFound) return NotFound();
            if (ModelState.AddErrors(result, "Input"))
            {
                TempData["Status"] = "Metodetroskabsvurderingen er gemt.";
                return Redirect($"/resultater/{scale.Key}/vurderinger/teams/{team.Id}/{result.Value}");
            }
        }
        // The form again with what was typed; the computed items for the period typed (or the default when it cannot be one).
        var period = ResultsPeriod.Parse(input.PeriodFrom, input.PeriodTo, clock.Today) ?? FidelityReviewService.DefaultPeriod(clock.Today);
        if (await reviews.FormAsync(scale, team, period, Ct) is not { } form) return NotFound();
        // After a conflict the form follows the review saved meanwhile: the message says so, and saving again is a choice.
        input.Version = form.Latest?.Version;
        return View("New", new FidelityReviewFormModel(form, input));
    }

    [HttpGet("teams/{team:guid}/{reviewId:guid}")]
    public async Task<IActionResult> Show([FromRoute] string metode, ResultsTeams? team, [FromRoute] Guid reviewId)
        => reviews.Scale(metode) is { } scale && team is not null && await reviews.GetAsync(scale, team, reviewId, Ct) is { } view
            ? View("Review", view)
            : NotFound();

    /// <summary>The review as a print view, or a PDF through the same renderer as the other documents (ADR 0018).</summary>
    [HttpGet("teams/{team:guid}/{reviewId:guid}/udskrift")]
    public async Task<IActionResult> Print([FromRoute] string metode, ResultsTeams? team, [FromRoute] Guid reviewId,
        [FromServices] PrintOutput output, [FromServices] IOptions<PrintOptions> options, bool pdf = false)
    {
        if (reviews.Scale(metode) is not { } scale || team is null || await reviews.GetAsync(scale, team, reviewId, Ct) is not { } view)
            return NotFound();
        var url = FidelityReviewUrls.Review(scale, view.Review);
        var page = PrintPage.ForOrganisation(view.TeamName, $"Metodetroskabsvurdering – {scale.MethodName} ({scale.ScaleName})",
            $"vurderet {DanishFormat.Date(view.Review.ReviewedOn)}", options.Value.Municipality, pdf, $"{url}/udskrift", url, clock.UtcNow);
        return await output.ViewOrPdfAsync(this, "~/Features/Results/Reviews/PrintReview.cshtml", page, view,
            PrintOutput.FileName($"Metodetroskabsvurdering-{scale.MethodName}", null, clock.UtcNow));
    }

    /// <summary>The review as CSV: the same items, values, scores and changes as the page.</summary>
    [HttpGet("teams/{team:guid}/{reviewId:guid}/csv")]
    public async Task<IActionResult> Csv([FromRoute] string metode, ResultsTeams? team, [FromRoute] Guid reviewId)
        => reviews.Scale(metode) is { } scale && team is not null && await reviews.GetAsync(scale, team, reviewId, Ct) is { } view
            ? File(FidelityReviewCsv.Write(view), ResultsCsv.ContentType, $"metodetroskabsvurdering-{scale.Key}-{view.Review.ReviewedOn:yyyy-MM-dd}.csv")
            : NotFound();

    /// <summary>A new review starts from the latest one's scores and notes (what changed is then easy to see), for the period shown.</summary>
    private static FidelityReviewInput Blank(FidelityReviewForm form) => new()
    {
        PeriodFrom = form.Period.From,
        PeriodTo = form.Period.To,
        Version = form.Latest?.Version,
        Items = [.. form.Scale.ManualItems.Select(i => form.Latest?.Items.FirstOrDefault(p => p.Code == i.Code && !p.Computed) is { } was
            ? new ManualScoreInput { Code = i.Code, Score = was.Score, Note = was.Note }
            : new ManualScoreInput { Code = i.Code })],
    };
}

public sealed record FidelityReviewFormModel(FidelityReviewForm Form, FidelityReviewInput Input)
{
    public string Action => $"/resultater/{Form.Scale.Key}/vurderinger/ny/{Form.Team.Id}";
}

/// <summary>A review's address: under its team, so the team is a scope handle bound from the route (ADR 0025).</summary>
public static class FidelityReviewUrls
{
    public static string Review(IFidelityReviewScale scale, Domain.Results.FidelityReview r) => $"/resultater/{scale.Key}/vurderinger/teams/{r.TeamId}/{r.Id}";

    public static string Review(IFidelityReviewScale scale, FidelityReviewRow r) => $"/resultater/{scale.Key}/vurderinger/teams/{r.TeamId}/{r.Id}";
}
