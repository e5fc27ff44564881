<?php
/**
 * Changes the test blog's theme and permalinks between tests (wordpress.test.mjs):
 * php configure.php WORDPRESS-DIR ORIGIN THEME PERMALINK-STRUCTURE ('' for plain).
 */

// Names of our own: WordPress sets globals such as $theme while it loads.
list( , $knotmap_wordpress, $knotmap_origin, $knotmap_theme, $knotmap_permalinks ) = $argv;
$_SERVER['HTTP_HOST']   = (string) parse_url( $knotmap_origin, PHP_URL_HOST ) . ':' . parse_url( $knotmap_origin, PHP_URL_PORT );
$_SERVER['SERVER_NAME'] = (string) parse_url( $knotmap_origin, PHP_URL_HOST );
$_SERVER['REQUEST_URI'] = '/';
require $knotmap_wordpress . '/wp-load.php';

switch_theme( $knotmap_theme );
update_option( 'permalink_structure', $knotmap_permalinks );
flush_rewrite_rules();
if ( get_stylesheet() !== $knotmap_theme ) {
	fwrite( STDERR, "the theme is still " . get_stylesheet() . "\n" );
	exit( 1 );
}
