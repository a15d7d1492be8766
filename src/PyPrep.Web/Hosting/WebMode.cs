namespace PyPrep.Web.Hosting;

/// <summary>
/// Solo: one person on their own machine, bound to loopback, no sign-in. Team: accounts with roles
/// (candidate, interviewer), cookie sign-in with antiforgery, and the real sandbox required.
/// </summary>
public enum WebMode { Solo, Team }
