/** The navigation icon: a compact "#A" mark in the UNIPSO blue. */
export function Icon() {
  return (
    <svg
      width="100%"
      height="100%"
      viewBox="0 0 24 24"
      style={{ maxWidth: 24, maxHeight: 24 }}
      role="img"
      aria-label="ActUNIPSO"
    >
      <rect width="24" height="24" rx="5" fill="#004f71" />
      <text
        x="12"
        y="16.5"
        textAnchor="middle"
        fontFamily="Arial, Helvetica, sans-serif"
        fontSize="11"
        fontWeight="700"
        fill="#ffffff"
      >
        #A
      </text>
    </svg>
  )
}
