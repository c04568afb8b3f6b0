/**
 * The newsletter sign-up form (double opt-in), shared by /newsletter and the home page. It posts to
 * /newsletter/inscription, which answers with a redirect: /newsletter/merci, or /newsletter with
 * `?erreur=<code>` that the /newsletter page turns into messages.
 * `isCompact` keeps the address and the consent only (the home page); the names stay optional.
 */
export function SubscribeForm({
  isCompact = false,
  headingId,
}: {
  isCompact?: boolean
  /** The id of the heading that names the form, for screen readers. */
  headingId?: string
}) {
  return (
    <form
      method="post"
      action="/newsletter/inscription"
      className={isCompact ? 'card form compact' : 'card form'}
      aria-labelledby={headingId}
    >
      <label>
        Courriel *<input type="email" name="email" required autoComplete="email" />
      </label>
      {!isCompact && (
        <>
          <label>
            Prénom
            <input type="text" name="firstName" autoComplete="given-name" maxLength={120} />
          </label>
          <label>
            Nom
            <input type="text" name="lastName" autoComplete="family-name" maxLength={120} />
          </label>
          <label>
            Organisation
            <input type="text" name="organisation" autoComplete="organization" maxLength={120} />
          </label>
        </>
      )}
      <label className="check">
        <input type="checkbox" name="consent" required /> J’accepte de recevoir l’#ActUNIPSO par
        courriel. Je peux me désinscrire à tout moment par le lien présent dans chaque lettre.
      </label>
      <button type="submit" className="button">
        S’abonner
      </button>
    </form>
  )
}
