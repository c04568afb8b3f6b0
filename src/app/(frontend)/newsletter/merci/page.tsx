import '../../archive.css'

/** The same answer whatever the address's history: nothing tells whether it was known. */
export default function ThanksPage() {
  return (
    <main className="archive">
      <h1>Vérifiez votre boîte mail</h1>
      <p>
        Si l’adresse est valide, un courriel vient de vous être envoyé : cliquez sur le lien qu’il
        contient pour confirmer votre inscription.
      </p>
    </main>
  )
}
