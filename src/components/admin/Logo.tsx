/** The login page's logo: the newsletter's name rather than the framework's. */
export function Logo() {
  return (
    <div style={{ textAlign: 'center', fontFamily: 'Arial, Helvetica, sans-serif' }}>
      <div style={{ fontSize: 34, fontWeight: 700, color: '#004f71', letterSpacing: '-0.5px' }}>
        #ActUNIPSO
      </div>
      <div style={{ fontSize: 14, color: '#4a5560', marginTop: 4 }}>
        Publication de la lettre d’information de l’UNIPSO
      </div>
    </div>
  )
}
