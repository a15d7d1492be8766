using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using PyPrep.Core.Content;
using PyPrep.Data;
using PyPrep.Data.Submissions;
using PyPrep.Web.Features.Accounts;
using PyPrep.Web.Features.Grading;
using PyPrep.Web.Hosting;

namespace PyPrep.Web.Features.Submissions;

/// <summary>
/// Takes in a submission: guard the request, store it (before any grading, so a crash loses
/// nothing), queue it for a worker.
/// </summary>
internal sealed class SubmissionIntake(
    ContentBank bank, PyPrepDbContext db, GradingQueue queue, SandboxState sandbox, CurrentUser user,
    IOptions<HostingOptions> hosting, IOptions<GradingOptions> grading)
{
    public int MaxCodeBytes => hosting.Value.MaxCodeBytes;

    /// <summary>
    /// Null when the request may be graded, else the problem to answer with. Null also holds a place in
    /// the queue (taken in the same step as the check, so simultaneous requests cannot overfill it):
    /// <see cref="StoreAsync"/> gives it back if storing fails, <see cref="Enqueue"/> uses it.
    /// </summary>
    public IResult? Guard(SubmissionRequest request, out SubmissionMode mode)
    {
        mode = SubmissionMode.Submit;
        if (string.IsNullOrWhiteSpace(request.Challenge)) return Problems.Invalid("challenge", "is required (a challenge slug, see GET /api/challenges)");
        if (bank.Find(request.Challenge) is null) return Problems.Invalid("challenge", $"unknown challenge '{request.Challenge}'");
        if (request.Code is null || string.IsNullOrWhiteSpace(request.Code)) return Problems.Invalid("code", "is required and must not be blank");
        if (Encoding.UTF8.GetByteCount(request.Code) > MaxCodeBytes)
            return Problems.TooLarge($"code is larger than the limit of {MaxCodeBytes} bytes");
        switch (request.Mode)
        {
            case null or "submit": mode = SubmissionMode.Submit; break;
            case "run": mode = SubmissionMode.Run; break;
            default: return Problems.Invalid("mode", $"must be \"run\" or \"submit\", not \"{request.Mode}\"");
        }
        if (!sandbox.IsAvailable) return Problems.Unavailable("the sandbox cannot run on this machine: " + sandbox.Problem, 60);
        if (!queue.TryReserve())
            return Problems.Unavailable($"the grading queue is full ({grading.Value.MaxQueued} waiting); try again in a few seconds", 5);
        return null;
    }

    public async Task<Submission> StoreAsync(SubmissionRequest request, SubmissionMode mode, CancellationToken cancellationToken)
    {
        var submission = new Submission
        {
            Id = Guid.CreateVersion7(),
            UserId = user.RequiredId,
            Challenge = request.Challenge!,
            Mode = mode,
            Code = request.Code!,
            CodeSha256 = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(request.Code!))),
            Status = SubmissionStatus.Queued,
            CreatedUtc = DateTime.UtcNow,
        };
        db.Submissions.Add(submission);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch
        {
            queue.Release();
            throw;
        }
        return submission;
    }

    public void Enqueue(Submission submission) =>
        queue.EnqueueReserved(new GradingTicket(submission.Id, submission.Challenge, submission.Code, submission.Mode));
}
